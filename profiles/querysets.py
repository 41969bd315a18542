"""The profiles visitors may see, and what a profile card loads with them."""

from django.db import models
from django.utils import timezone

from visibility.pages import published_q, shown_sections
from visibility.sections import current_sections


class ProfileQuerySet(models.QuerySet):
    def visible_to_visitors(self):
        """The profiles anyone may see anywhere: `published()` ones while the profiles
        section is shown (none when it is unpublished, expired or restricted)."""
        if not shown_sections(
            current_sections().of_type("profiles", "profileindexpage")
        ):
            return self.none()
        return self.published()

    def published(self):
        """Live, unexpired profiles of active members: what the profiles section lists
        to whoever Wagtail lets see the section itself."""
        return self.filter(published_q(timezone.now()), user__is_active=True)

    def as_cards(self):
        """These profiles with their member and their photo, joined, and the photo's
        renditions in one more query."""
        return self.select_related("user", "photo").prefetch_related(
            "photo__renditions"
        )
