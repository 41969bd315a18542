"""The lettings endpoint's own filters: city (any case), and rent between two bounds.
Bedrooms and the other plain fields are Wagtail's field filters (`?bedrooms=2`)."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

RENT_BOUNDS = {"min_rent": "monthly_rent__gte", "max_rent": "monthly_rent__lte"}


def whole_dollars(name, value):
    if not value.isdigit():
        raise BadRequestError(f"{name} must be a whole number of dollars, e.g. 2500")
    return int(value)


class LettingFilter(BaseFilterBackend):
    query_parameters = frozenset(["city", *RENT_BOUNDS])

    def filter_queryset(self, request, queryset, view):
        city = request.GET.get("city", "").strip()
        if city:
            queryset = queryset.filter(address__city__iexact=city)
        for name, lookup in RENT_BOUNDS.items():
            value = request.GET.get(name, "").strip()
            if value:
                queryset = queryset.filter(**{lookup: whole_dollars(name, value)})
        return queryset
