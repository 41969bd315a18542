"""Admin declarations for lettings: the address snippets and a flat list of lettings,
grouped under one "Lettings" menu."""

import django_filters
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .filters import LettingFilterSet
from .models import Address, LettingPage
from .querysets import listed_q

# Functions registered under this name are called as `fn(request)` and return a column
# for the "All lettings" listing, or None for this user. A column with an
# `annotate_queryset(queryset)` method adds what it shows to the listing's one query.
LISTING_COLUMNS_HOOK = "register_all_lettings_columns"


class AddressFilterSet(WagtailFilterSet):
    city = django_filters.CharFilter(lookup_expr="iexact")
    state = django_filters.CharFilter(lookup_expr="iexact")

    class Meta:
        model = Address
        fields = ["city", "state"]


class AddressViewSet(SnippetViewSet):
    model = Address
    icon = "home"
    menu_label = "Addresses"
    list_display = ["__str__", "city", "state", "zip_code", "country_iso_code"]
    list_export = ["number", "street", "city", "state", "zip_code", "country_iso_code"]
    list_per_page = 50
    filterset_class = AddressFilterSet
    ordering = ["city", "street", "number"]


class LettingAdminFilterSet(LettingFilterSet, PageFilterSet):
    """The renters' filters beside the admin's own page filters."""

    LET_AGREED_CHOICES = [
        ("no", "Not let agreed"),
        ("listed", "Let agreed, still listed"),
        ("delisted", "Let agreed, off the lists"),
    ]

    # Editors order the listing by its column headings.
    sort = None
    let_agreed = django_filters.ChoiceFilter(
        label="Let agreed", choices=LET_AGREED_CHOICES, method="filter_let_agreed"
    )

    def filter_let_agreed(self, queryset, name, value):
        if value == "no":
            return queryset.filter(let_agreed_on__isnull=True)
        if value == "delisted":
            return queryset.delisted()
        return queryset.filter(listed_q(timezone.now()), let_agreed_on__isnull=False)

    class Meta(LettingFilterSet.Meta):
        model = LettingPage
        fields = []


class LettingIndexView(IndexView):
    @cached_property
    def hooked_columns(self):
        found = (fn(self.request) for fn in hooks.get_hooks(LISTING_COLUMNS_HOOK))
        return [column for column in found if column is not None]

    def get_table(self, object_list):
        # The viewset hands its columns to the view as an attribute: add to the table.
        return self.table_class(
            [*self.columns, *self.hooked_columns],
            object_list,
            **self.get_table_kwargs(),
        )

    def get_base_queryset(self):
        # The listing is specific: its rows are fetched again, by page type, and only
        # this flag carries the address (the city column) into that second query.
        queryset = (
            super()
            .get_base_queryset()
            .select_related("address", for_specific_subqueries=True)
        )
        for column in self.hooked_columns:
            if hasattr(column, "annotate_queryset"):
                queryset = column.annotate_queryset(queryset)
        return queryset


class PageUserMenuItem(MenuItem):
    """Shown only to people who may work with pages; others would be sent away."""

    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


class LettingPageListingViewSet(PageListingViewSet):
    name = "all_lettings"
    model = LettingPage
    index_view_class = LettingIndexView
    icon = "home"
    menu_label = "All lettings"
    filterset_class = LettingAdminFilterSet
    menu_item_class = PageUserMenuItem
    columns = PageListingViewSet.columns + [
        Column("city", accessor=lambda page: page.address.city, label="City"),
        Column("monthly_rent", label="Rent ($/month)"),
        Column("bedrooms", label="Bedrooms"),
        DateColumn("let_agreed_on", label="Let agreed"),
    ]


class LettingsViewSetGroup(SnippetViewSetGroup):
    """One "Lettings" menu: the flat list of lettings, then their addresses."""

    menu_label = "Lettings"
    menu_icon = "home"
    menu_order = 200
    items = (LettingPageListingViewSet, AddressViewSet)


register_snippet(LettingsViewSetGroup)
