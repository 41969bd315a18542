"""Admin declarations for profiles."""

import django_filters
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .member_chooser import member_chooser_viewset
from .models import Profile


class ProfileFilterSet(WagtailFilterSet):
    favorite_city = django_filters.CharFilter(lookup_expr="iexact")
    live = django_filters.BooleanFilter(label="Published")

    class Meta:
        model = Profile
        fields = ["favorite_city", "live"]


class ProfileViewSet(SnippetViewSet):
    model = Profile
    icon = "user"
    menu_label = "Profiles"
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["display_name", "username", "favorite_city", "live"]
    list_export = ["username", "display_name", "favorite_city", "bio", "live"]
    list_per_page = 50
    filterset_class = ProfileFilterSet
    ordering = ["user__username"]

    def get_queryset(self, request):
        return Profile.objects.select_related("user")


register_snippet(ProfileViewSet)


@hooks.register("register_admin_viewset")
def register_member_chooser():
    return member_chooser_viewset
