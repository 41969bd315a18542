"""The lettings visitors may see, the ones every list shows, and what a letting card
loads with them."""

from django.db.models import (
    Case,
    F,
    IntegerField,
    Q,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Abs
from django.utils import timezone

from images.renditions import renditions_prefetch
from visibility.pages import VisiblePageQuerySet

# "The same price band": a rent within this share of the letting's own, either way.
PRICE_BAND = 0.2
NEWEST = [F("first_published_at").desc(nulls_last=True), "-pk"]


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

    def as_cards(self, *rendition_sets):
        """These lettings with what a card shows, loaded in a fixed number of queries:
        the photo's renditions of `rendition_sets` (by default the card's)."""
        # The image joined to its letting, and its renditions of those sets in one
        # query for all: the <picture> tag asks for several sizes and formats.
        renditions = renditions_prefetch(
            "listing_image__renditions", *(rendition_sets or ["card"])
        )
        return (
            self.select_related("address", "listing_image")
            .prefetch_related(renditions)
            .defer_streamfields()
        )

    def similar_to(self, letting, count):
        """The `count` of these lettings most like `letting` (itself left out), in its
        city or its price band: those in both first, then those in its city, then the
        nearest in rent, then the newest."""
        # The cards' relations are fetched once, for the few chosen, however many
        # queries chose them.
        others = self.exclude(pk=letting.pk).prefetch_related(None)
        chosen = most_alike(others, letting, count)
        prefetch_related_objects(chosen, *self._prefetch_related_lookups)
        return chosen


def most_alike(others, letting, count):
    """The `count` of `others` most like `letting`, in `similar_to`'s order."""
    same_city = Q(address__city__iexact=letting.address.city)
    rent = letting.monthly_rent
    if rent is None:
        return list(others.filter(same_city).order_by(*NEWEST)[:count])
    in_band = Q(
        monthly_rent__gte=rent * (1 - PRICE_BAND),
        monthly_rent__lte=rent * (1 + PRICE_BAND),
    )
    nearest_rent = Abs(F("monthly_rent") - rent).asc(nulls_last=True)
    # Most often those in both are enough: read along the city and rent indexes,
    # they cost a fifth of sorting every letting in either (20 ms at 10,000).
    both = others.filter(same_city & in_band).order_by(nearest_rent, *NEWEST)
    alike = list(both[:count])
    if len(alike) == count:
        return alike
    closeness = Case(
        When(same_city, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    rest = others.exclude(pk__in=[other.pk for other in alike])
    rest = rest.filter(same_city | in_band)
    rest = rest.order_by(closeness, nearest_rent, *NEWEST)
    return alike + list(rest[: count - len(alike)])
