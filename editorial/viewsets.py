"""The editorial area of the admin, one "Review drafts" menu: a drafts listing per
shareable model, and the share links (who shared what, until when, and revoke)."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import path, reverse
from django.utils.dateformat import format as date_format
from django.utils.functional import cached_property
from django.utils.timezone import localtime
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import (
    ButtonsColumnMixin,
    Column,
    DateColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from .admin_views import (
    DraftListingView,
    DraftView,
    ShareLinkCreateView,
    ShareLinkRevokeView,
)
from .models import ShareLink
from .permissions import sharing_policy
from .shareable import SHAREABLE


class ShareLinkUrlColumn(Column):
    """The full address, to copy into an email."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context["request"]
        context["value"] = request.build_absolute_uri(instance.get_absolute_url())
        return context


class SharedDraftColumn(ButtonsColumnMixin, TitleColumn):
    def get_buttons(self, instance, parent_context):
        user = parent_context["request"].user
        if instance.is_active and sharing_policy.user_has_permission(user, "change"):
            url = reverse("editorial_share_links:revoke", args=[instance.pk])
            return [ListingButton("Revoke", url, icon_name="cross")]
        return []


class ShareLinkIndexView(IndexView):
    """Links are made from a draft (its edit view or the drafts listing), not from here,
    and they are revoked rather than edited or deleted, to keep the record."""

    def get_add_url(self):
        return None

    def get_edit_url(self, instance):
        return None

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("revision", "created_by")

    @cached_property
    def columns(self):
        return [
            SharedDraftColumn(
                "shared_object_title",
                label="Draft of",
                get_url=lambda link: link.get_absolute_url(),
                width="22%",
            ),
            ShareLinkUrlColumn("url", label="Link", classname="share-link-url"),
            Column("created_by", label="Shared by"),
            DateColumn("created_at", label="Created", sort_key="created_at"),
            Column(
                "expires_at",
                label="Expires",
                sort_key="expires_at",
                accessor=lambda link: date_format(
                    localtime(link.expires_at), "j M Y, H:i"
                ),
            ),
            StatusTagColumn(
                "status", label="Status", primary=lambda link: link.is_active
            ),
        ]


class ShareLinkViewSet(ModelViewSet):
    model = ShareLink
    icon = "link"
    menu_label = "Share links"
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = ShareLinkIndexView
    list_per_page = 50
    ordering = ["-created_at", "-pk"]

    @property
    def permission_policy(self):
        return sharing_policy

    def get_permissions_to_register(self):
        """All of them, so that the group editor offers view_draft and view too."""
        content_type = ContentType.objects.get_for_model(self.model)
        return Permission.objects.filter(content_type=content_type)

    def register_admin_url_finder(self):
        """Links have no edit view for an admin URL finder to point at."""

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(
                "new/<int:revision_id>/",
                self.construct_view(ShareLinkCreateView),
                name="add",
            ),
            path(
                "revoke/<int:pk>/",
                self.construct_view(ShareLinkRevokeView),
                name="revoke",
            ),
        ]


class DraftMenuItem(MenuItem):
    def is_shown(self, request):
        return sharing_policy.user_has_permission(request.user, "view_draft")


class DraftViewSet(ViewSet):
    """The drafts of one shareable model: a listing, and each saved revision shown
    as its page would show it."""

    menu_item_class = DraftMenuItem

    def __init__(self, shareable):
        super().__init__(
            shareable.url_namespace,
            url_prefix=f"review/{shareable.slug}",
            menu_label=shareable.menu_label,
            icon=shareable.icon,
        )
        self.shareable = shareable

    def get_urlpatterns(self):
        listing = self.construct_view(
            DraftListingView,
            shareable=self.shareable,
            header_icon=self.icon,
            index_url_name=self.get_url_name("index"),
        )
        revision = self.construct_view(DraftView, shareable=self.shareable)
        return [
            path("", listing, name="index"),
            path("revisions/<int:revision_id>/", revision, name="revision"),
        ]


class EditorialViewSetGroup(ViewSetGroup):
    menu_label = "Review drafts"
    menu_icon = "view"
    menu_order = 240
    items = (
        *(DraftViewSet(shareable) for shareable in SHAREABLE),
        ShareLinkViewSet("editorial_share_links", url_prefix="share-links"),
    )
