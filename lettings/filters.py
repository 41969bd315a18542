"""The filters a visitor applies to lettings, shared by the lettings list and search."""

from urllib.parse import urlencode

from django import forms
from django.db.models import Q


class LettingFilterForm(forms.Form):
    """Optional filters; a value that does not parse is reported and ignored."""

    city = forms.CharField(required=False, max_length=64)
    state = forms.RegexField(
        required=False,
        regex=r"^[A-Za-z]{2}\Z",
        max_length=2,
        error_messages={"invalid": "Use a two-letter state code, such as CA."},
    )
    min_bedrooms = forms.IntegerField(
        required=False, min_value=0, max_value=20, label="Bedrooms (at least)"
    )
    max_rent = forms.IntegerField(
        required=False, min_value=0, max_value=1_000_000, label="Rent up to ($/month)"
    )
    available_before = forms.DateField(
        required=False,
        label="Available by",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_city(self):
        return self.cleaned_data["city"].strip()

    def clean_state(self):
        return self.cleaned_data["state"].upper()

    def valid_filters(self):
        """The filters that parsed and were given, by name."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "")
        }

    def filter(self, lettings):
        """`lettings` (LettingPage queryset) narrowed by every valid filter."""
        conditions = {
            "city": lambda city: Q(address__city__iexact=city),
            "state": lambda state: Q(address__state=state),
            "min_bedrooms": lambda bedrooms: Q(bedrooms__gte=bedrooms),
            "max_rent": lambda rent: Q(monthly_rent__lte=rent),
            # A letting with no date is available now.
            "available_before": lambda day: Q(available_from__lte=day)
            | Q(available_from__isnull=True),
        }
        for name, value in self.valid_filters().items():
            lettings = lettings.filter(conditions[name](value))
        return lettings

    def query_string(self):
        """The valid filters as a query string, for pagination links."""
        return urlencode(
            {name: str(value) for name, value in self.valid_filters().items()}
        )
