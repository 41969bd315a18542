"""Choosing whose profile a new profile is: a searchable, paginated chooser of the
members who have none yet, where a <select> would list every account."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.permission_policies import ModelPermissionPolicy

SEARCHED_FIELDS = ("username", "first_name", "last_name", "email")


class MemberSearchForm(BaseFilterForm):
    """Finds members by any part of their username, names or email address. User
    accounts are not in the search index, so this asks the database directly."""

    q = forms.CharField(
        label="Search term",
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "Username, name or email"}),
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if not query:
            return objects
        self.is_searching = True
        self.search_query = query
        matches = Q()
        for field in SEARCHED_FIELDS:
            matches |= Q(**{f"{field}__icontains": query})
        return objects.filter(matches)


class ChoosingNeedsAddProfile(PermissionCheckedMixin):
    """Only people who may create profiles choose their members; the list shows
    names and email addresses."""

    permission_required = "add"


class MemberListingMixin(ChoosingNeedsAddProfile):
    filter_form_class = MemberSearchForm

    @property
    def columns(self):
        return [
            self.title_column,
            Column("name", label="Name", accessor="get_full_name"),
            Column("email", label="Email"),
        ]


class MemberChooseView(MemberListingMixin, chooser_views.ChooseView):
    pass


class MemberChooseResultsView(MemberListingMixin, chooser_views.ChooseResultsView):
    pass


class MemberChosenView(ChoosingNeedsAddProfile, chooser_views.ChosenView):
    pass


class MemberChosenMultipleView(
    ChoosingNeedsAddProfile, chooser_views.ChosenMultipleView
):
    pass


class MemberChooserViewSet(ChooserViewSet):
    model = settings.AUTH_USER_MODEL
    icon = "user"
    choose_one_text = "Choose a member"
    choose_another_text = "Choose another member"
    per_page = 20
    permission_policy = ModelPermissionPolicy("profiles.Profile")
    choose_view_class = MemberChooseView
    choose_results_view_class = MemberChooseResultsView
    chosen_view_class = MemberChosenView
    chosen_multiple_view_class = MemberChosenMultipleView
    # Only the profile's member field uses it: other user fields keep their widget.
    register_widget = False

    def get_object_list(self):
        """Active members without a profile, as a member has at most one."""
        return (
            get_user_model()
            .objects.filter(is_active=True, profile__isnull=True)
            .order_by("username")
        )

    def get_urlpatterns(self):
        """No "create" tab: accounts are made in Users, not from a profile."""
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name != "create"
        ]


member_chooser_viewset = MemberChooserViewSet(
    "member_chooser", url_prefix="profiles/choose-member"
)
MemberChooserWidget = member_chooser_viewset.widget_class
