"""The lettings visitors may see, the ones every list shows, and what a letting card
loads with them."""

from django.db.models import Q
from django.utils import timezone

from visibility.pages import VisiblePageQuerySet


def listed_q(now):
    """Lettings still on the lists at `now`: never let agreed, or within their grace
    days (`delisted_at` is when those end)."""
    return Q(delisted_at__isnull=True) | Q(delisted_at__gt=now)


def is_listed(letting, now):
    """`listed_q` for one letting already in memory."""
    return letting.delisted_at is None or letting.delisted_at > now


class LettingPageQuerySet(VisiblePageQuerySet):
    def listed(self):
        """The lettings every list shows (lettings list, home, search, suggestions,
        sitemap, feed, similar lettings, API): those visitors may see, less the ones
        let agreed past their grace days, whose pages still answer."""
        return self.visible_to_visitors().filter(listed_q(timezone.now()))

    def delisted(self):
        """Lettings whose grace days as "let agreed" are over, shown or not."""
        return self.exclude(listed_q(timezone.now()))

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
