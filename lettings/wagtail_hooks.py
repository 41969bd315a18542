"""Admin declarations for lettings: the address snippets and a flat list of lettings,
grouped under one "Lettings" menu."""

import django_filters
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
        delisted = queryset.delisted()
        if value == "delisted":
            return delisted
        return queryset.filter(let_agreed_on__isnull=False).exclude(
            pk__in=delisted.values("pk")
        )

    class Meta(LettingFilterSet.Meta):
        model = LettingPage
        fields = []


class LettingIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("address")


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
