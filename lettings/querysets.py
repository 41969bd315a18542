"""The lettings visitors may see, and what a letting card loads with them."""

from visibility.pages import VisiblePageQuerySet


class LettingPageQuerySet(VisiblePageQuerySet):
    def as_cards(self):
        """These lettings with what a card shows, loaded in a fixed number of queries."""
        # The image joined to its letting, and all renditions of each image in one
        # query: the <picture> tag asks for several sizes and formats, and their spec
        # strings are the tag's business, not ours.
        return (
            self.select_related("address", "listing_image")
            .prefetch_related("listing_image__renditions")
            .defer_streamfields()
        )
