"""The filters and sort orders a visitor applies to lettings: one FilterSet, shared by
the lettings list, search and the admin's listing of lettings.

A value that does not parse is reported beside its field and that filter alone is
ignored: the list is still shown, narrowed by the filters that did parse.
"""

import django_filters
from django import forms
from django.db.models import Count, F, Q
from django.utils.functional import cached_property

from pagecache.memo import remembered

# Each sort order and how it orders lettings. A letting of unknown rent goes last either
# way; one with no date is available now, so first. The last key keeps pages stable.
SORTS = {
    "newest": ("Newest", [F("first_published_at").desc(nulls_last=True), "-id"]),
    "rent_asc": ("Rent: low to high", [F("monthly_rent").asc(nulls_last=True), "id"]),
    "rent_desc": (
        "Rent: high to low",
        [F("monthly_rent").desc(nulls_last=True), "id"],
    ),
    "available": (
        "Available soonest",
        [F("available_from").asc(nulls_first=True), "-first_published_at", "-id"],
    ),
}


class CaseInsensitiveChoiceField(django_filters.fields.ChoiceField):
    """A choice typed in any case ("irvine", "ca") is the listed one ("Irvine", "CA")."""

    def to_python(self, value):
        value = super().to_python(value).strip()
        listed = {str(key).casefold(): key for key, _ in self.choices if key != ""}
        return listed.get(value.casefold(), value)

    def prepare_value(self, value):
        # The form shows the listed choice as selected, not the text typed.
        return self.to_python(value) if isinstance(value, str) else value


class ListedChoiceFilter(django_filters.ChoiceFilter):
    field_class = CaseInsensitiveChoiceField


class WholeNumberFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class TickedFilter(django_filters.Filter):
    """A box to tick: ticked keeps only the lettings that have it, unticked keeps all."""

    field_class = forms.BooleanField

    def filter(self, qs, value):
        return qs.filter(**{self.field_name: True}) if value else qs


class SortFilter(django_filters.ChoiceFilter):
    """Orders instead of narrowing; with no value the queryset keeps its own order
    (newest first on the list, relevance in search)."""

    def filter(self, qs, value):
        return qs.order_by(*SORTS[value][1]) if value else qs


def whole_number_messages(noun):
    return {
        "invalid": f"Enter a whole number of {noun}, such as 2.",
        "min_value": f"The number of {noun} cannot be below %(limit_value)s.",
        "max_value": f"We have no homes with more than %(limit_value)s {noun}.",
    }


def rent_messages(which):
    return {
        "invalid": f"Enter the {which} rent in whole dollars a month, such as 2500.",
        "min_value": "Rent cannot be below $0.",
        "max_value": "Enter a rent below $1,000,000 a month.",
    }


class PlaceChoices:
    """The choices of the city or the state filter: each with its number of lettings,
    from the filterset's one grouped query."""

    def __init__(self, filterset, place):
        self.filterset = filterset
        self.place = place

    def __deepcopy__(self, memo):
        # Each form copies its fields, choices included: a copy would hold a copy of
        # the filterset (and its request), and query again.
        return self

    def __call__(self):
        counts = {}
        for row in self.filterset.lettings_by_place:
            counts[row[self.place]] = counts.get(row[self.place], 0) + row["count"]
        return [
            (place, f"{place} ({count})") for place, count in sorted(counts.items())
        ]


class LettingFilterForm(forms.Form):
    """The filters' form: a rent range upside down is reported, its top ignored."""

    def clean(self):
        cleaned_data = super().clean()
        low, high = cleaned_data.get("min_rent"), cleaned_data.get("max_rent")
        if low is not None and high is not None and low > high:
            self.add_error(
                "max_rent",
                "The highest rent is below the lowest: raise it or clear it.",
            )
        return cleaned_data


class LettingFilterSet(django_filters.FilterSet):
    """What renters narrow lettings by. Cities and states are those of the lettings being
    filtered, each with its count, from one grouped query made when the form is used."""

    city = ListedChoiceFilter(
        field_name="address__city",
        label="City",
        lookup_expr="iexact",
        empty_label="Any city",
        error_messages={"invalid_choice": "Choose a city from the list."},
    )
    state = ListedChoiceFilter(
        field_name="address__state",
        label="State",
        empty_label="Any state",
        error_messages={"invalid_choice": "Choose a state from the list, such as CA."},
    )
    property_type = django_filters.ChoiceFilter(
        label="Type of home",
        empty_label="Any type",
        error_messages={"invalid_choice": "Choose a type of home from the list."},
    )
    min_bedrooms = WholeNumberFilter(
        field_name="bedrooms",
        lookup_expr="gte",
        label="Bedrooms (at least)",
        min_value=0,
        max_value=20,
        error_messages=whole_number_messages("bedrooms"),
    )
    min_bathrooms = django_filters.NumberFilter(
        field_name="bathrooms",
        lookup_expr="gte",
        label="Bathrooms (at least)",
        min_value=0,
        max_value=20,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.5"}),
        error_messages={
            "invalid": "Enter a number of bathrooms, such as 1 or 1.5.",
            "min_value": "The number of bathrooms cannot be below 0.",
            "max_value": "We have no homes with more than 20 bathrooms.",
            "max_decimal_places": "Use halves at most, such as 1.5.",
            "max_digits": "Enter a number of bathrooms, such as 1 or 1.5.",
        },
    )
    min_rent = WholeNumberFilter(
        field_name="monthly_rent",
        lookup_expr="gte",
        label="Rent from ($/month)",
        min_value=0,
        max_value=999_999,
        error_messages=rent_messages("lowest"),
    )
    max_rent = WholeNumberFilter(
        field_name="monthly_rent",
        lookup_expr="lte",
        label="Rent up to ($/month)",
        min_value=0,
        max_value=999_999,
        error_messages=rent_messages("highest"),
    )
    pets = TickedFilter(field_name="pets_allowed", label="Pets welcome")
    furnished = TickedFilter(field_name="furnished", label="Furnished")
    available_before = django_filters.DateFilter(
        method="filter_available_before",
        label="Available by",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter a date as YYYY-MM-DD, such as 2027-03-01."},
    )
    sort = SortFilter(
        choices=[(key, label) for key, (label, _) in SORTS.items()],
        error_messages={"invalid_choice": "Choose a sort order from the list."},
    )

    # The order of the queryset given, shown when no sort is chosen.
    default_sort = "newest"

    class Meta:
        form = LettingFilterForm

    def __init__(self, *args, places_memo=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The name the cities and states are remembered under until the content
        # changes: given only where the queryset is the same for every visitor (a
        # public list), never where it depends on who asks (the admin's).
        self.places_memo = places_memo
        # Callables: the grouped query runs when the form is validated or drawn, once.
        self.filters["city"].extra["choices"] = PlaceChoices(self, "city")
        self.filters["state"].extra["choices"] = PlaceChoices(self, "state")
        self.filters["property_type"].extra["choices"] = (
            self.queryset.model._meta.get_field("property_type").choices
        )

    def filter_available_before(self, queryset, name, day):
        # A letting with no date is available now.
        return queryset.filter(
            Q(available_from__lte=day) | Q(available_from__isnull=True)
        )

    @cached_property
    def lettings_by_place(self):
        """{"state": ..., "city": ..., "count": ...} for every city of the lettings."""
        if self.places_memo:
            return remembered(self.places_memo, self.count_by_place)
        return self.count_by_place()

    def count_by_place(self):
        # A GROUP BY over every letting filtered: the one part of the form that grows
        # with the catalogue.
        return list(
            self.queryset.prefetch_related(None)
            .order_by()
            .values(state=F("address__state"), city=F("address__city"))
            .annotate(count=Count("pk"))
            .order_by("city", "state")
        )

    def known_count(self):
        """How many lettings the filters keep, when that needs no query of its own:
        all of them, the sum of the places' counts, while no filter is on."""
        if self.active_filters:
            return None
        return sum(row["count"] for row in self.lettings_by_place)

    def valid_value(self, name):
        """The parsed value of filter `name`, or None if not given or not valid."""
        if not self.is_bound or not self.is_valid() and name in self.errors:
            return None
        value = self.form.cleaned_data.get(name)
        # Not `in (None, "", False)`: 0 == False, and "at least 0" is a filter on.
        return None if value is None or value == "" or value is False else value

    @cached_property
    def active_filters(self):
        """The names of the filters given with a valid value (the sort order is none)."""
        return [
            name
            for name in self.filters
            if name != "sort" and self.valid_value(name) is not None
        ]

    @property
    def chosen_sort(self):
        """The sort order asked for, if it is one we offer."""
        return self.valid_value("sort")

    @cached_property
    def sort_links(self):
        """What each sort link holds: the value for ?sort= (None for the page's default
        order), its label, and whether it is the order shown."""
        chosen = self.chosen_sort
        current = None if chosen == self.default_sort else chosen
        links = [] if self.default_sort else [(None, "Best match")]
        links += [
            (None if key == self.default_sort else key, label)
            for key, (label, _) in SORTS.items()
        ]
        return [
            {"value": value, "label": label, "current": value == current}
            for value, label in links
        ]

    def place(self):
        """Where the lettings are, by the valid city and state filters ("" if anywhere)."""
        place = [self.valid_value("city"), self.valid_value("state")]
        return ", ".join(value for value in place if value)


class LettingSearchFilterSet(LettingFilterSet):
    """The same filters on search results, which are ordered by relevance unless sorted."""

    default_sort = None
