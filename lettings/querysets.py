"""The lettings visitors may see, and what a letting card loads with them."""

from django.db import models
from wagtail.images import get_image_model

from oc_lettings_site.visibility import VisiblePageQuerySet


class LettingPageQuerySet(VisiblePageQuerySet):
    def as_cards(self):
        """These lettings with what a card shows, loaded in a fixed number of queries."""
        # All renditions of each image: the <picture> tag asks for several sizes and
        # formats, and their spec strings are the tag's business, not ours.
        images = get_image_model().objects.prefetch_renditions()
        return (
            self.select_related("address")
            .prefetch_related(models.Prefetch("listing_image", queryset=images))
            .defer_streamfields()
        )
