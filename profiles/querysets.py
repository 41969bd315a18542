"""The profiles visitors may see, and what a profile card loads with them."""

from django.apps import apps
from django.db import models
from django.utils import timezone
from wagtail.images import get_image_model

from visibility.pages import published_q


class ProfileQuerySet(models.QuerySet):
    def visible_to_visitors(self):
        """The profiles anyone may see anywhere: `published()` ones while the profiles
        section is shown (none when it is unpublished, expired or restricted)."""
        section = apps.get_model("profiles", "ProfileIndexPage")
        if not section.objects.visible_to_visitors().exists():
            return self.none()
        return self.published()

    def published(self):
        """Live, unexpired profiles of active members: what the profiles section lists
        to whoever Wagtail lets see the section itself."""
        return self.filter(published_q(timezone.now()), user__is_active=True)

    def as_cards(self):
        """These profiles with their member and their photo's renditions."""
        photos = get_image_model().objects.prefetch_renditions()
        return self.select_related("user").prefetch_related(
            models.Prefetch("photo", queryset=photos)
        )
