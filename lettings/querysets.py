"""The lettings visitors may see, the ones every list shows, and what a letting card
loads with them."""

from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Abs
from django.utils import timezone

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

    def similar_to(self, letting, count):
        """The `count` of these lettings most like `letting` (itself left out), in its
        city or its price band: those in both first, then those in its city, then the
        nearest in rent, then the newest."""
        others = self.exclude(pk=letting.pk)
        same_city = Q(address__city__iexact=letting.address.city)
        rent = letting.monthly_rent
        if rent is None:
            return others.filter(same_city).order_by(*NEWEST)[:count]
        in_band = Q(
            monthly_rent__gte=rent * (1 - PRICE_BAND),
            monthly_rent__lte=rent * (1 + PRICE_BAND),
        )
        closeness = Case(
            When(same_city & in_band, then=Value(0)),
            When(same_city, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        rent_gap = Abs(F("monthly_rent") - rent)
        unknown_rent = others.filter(same_city, monthly_rent__isnull=True)
        nearest = [unknown_rent.order_by(*NEWEST)]
        for group in (same_city, in_band & ~same_city):
            nearest += nearest_in_rent(others.filter(group), rent)
        candidates = Q()
        for lettings in nearest:
            candidates |= Q(pk__in=lettings.values("pk")[:count])
        # There are no more than that many: saying so lets the database join a handful
        # of rows by their keys, where it planned for every letting (10 ms at 10,000).
        picked = self.model.objects.filter(candidates).order_by().values("pk")
        return others.filter(pk__in=picked[: len(nearest) * count]).order_by(
            closeness, rent_gap.asc(nulls_last=True), *NEWEST
        )[:count]


def nearest_in_rent(lettings, rent):
    """`lettings` nearest to `rent` first, from above and from below, each read along
    the rent index. `similar_to` takes its first few from the first few of each of its
    groups' (closeness cannot fall as the rent moves away on one side), where sorting
    the whole city or band cost 20 ms at 10,000 lettings."""
    return [
        lettings.filter(monthly_rent__gte=rent).order_by("monthly_rent", *NEWEST),
        lettings.filter(monthly_rent__lt=rent).order_by(
            F("monthly_rent").desc(), *NEWEST
        ),
    ]
