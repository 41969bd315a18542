"""Admin views of the editorial workflow: read-only drafts and share links."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.ui.tables import (
    ButtonsColumnMixin,
    DateColumn,
    LiveStatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic.base import (
    BaseListingView,
    WagtailAdminTemplateMixin,
)
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import ListingButton
from wagtail.models import Revision

from .drafts import DraftBanner, render_draft, revision_as_object
from .forms import ShareLinkForm
from .models import ShareLink
from .permissions import sharing_policy
from .shareable import shareable_of


def draft_url(shareable, revision_id):
    return reverse(f"{shareable.url_namespace}:revision", args=[revision_id])


def create_share_link_url(revision_id):
    return reverse("editorial_share_links:add", args=[revision_id])


class DraftView(PermissionCheckedMixin, View):
    """A saved revision shown as its page would show it, for people who may read
    drafts but not edit them (Marketing). `?mode=card` picks the other preview mode."""

    permission_policy = sharing_policy
    permission_required = "view_draft"
    shareable = None

    def get(self, request, revision_id):
        content_type = ContentType.objects.get_for_model(self.shareable.model)
        revision = get_object_or_404(
            Revision, pk=revision_id, content_type=content_type
        )
        return render_draft(
            request, revision, DraftBanner(revision), mode=request.GET.get("mode")
        )


class ReviewTitleColumn(ButtonsColumnMixin, TitleColumn):
    def __init__(self, *args, shareable, **kwargs):
        super().__init__(*args, **kwargs)
        self.shareable = shareable

    def get_buttons(self, instance, parent_context):
        revision_id = instance.latest_revision_id
        if revision_id is None:
            return []
        user = parent_context["request"].user
        view = ListingButton(
            "View draft", draft_url(self.shareable, revision_id), priority=10
        )
        if not sharing_policy.user_has_permission(user, "add"):
            return [view]
        share = ListingButton(
            "Share draft", create_share_link_url(revision_id), priority=20
        )
        return [view, share]


class DraftListingView(PermissionCheckedMixin, BaseListingView):
    """Every letting or profile, drafts included, newest change first."""

    permission_policy = sharing_policy
    permission_required = "view_draft"
    paginate_by = 25
    shareable = None

    def get_page_title(self):
        return self.shareable.menu_label

    @cached_property
    def columns(self):
        return [
            ReviewTitleColumn(
                "title",
                label="Title",
                accessor=str,
                get_url=self.revision_url,
                shareable=self.shareable,
            ),
            LiveStatusTagColumn(),
            DateColumn(
                "latest_revision_created_at", label="Last saved", accessor=self.saved_at
            ),
        ]

    def revision_url(self, obj):
        if obj.latest_revision_id is None:
            return None
        return draft_url(self.shareable, obj.latest_revision_id)

    @staticmethod
    def saved_at(obj):
        return obj.latest_revision.created_at if obj.latest_revision else None

    def get_base_queryset(self):
        newest_first = F("latest_revision__created_at").desc(nulls_last=True)
        return self.shareable.model.objects.select_related(
            "latest_revision", *self.shareable.select_related
        ).order_by(newest_first, "-pk")


class ShareLinkCreateView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Create a link to one revision; whoever has the link can read that revision."""

    permission_policy = sharing_policy
    permission_required = "add"
    form_class = ShareLinkForm
    template_name = "editorial/share_link_create.html"
    page_title = "Share a draft"
    header_icon = "link"
    index_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.revision = get_object_or_404(Revision, pk=kwargs["revision_id"])
        self.draft = revision_as_object(self.revision)

    def get_page_subtitle(self):
        return str(self.draft)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            revision=self.revision,
            draft=self.draft,
            draft_url=draft_url(shareable_of(self.draft), self.revision.pk),
            action_url=self.request.get_full_path(),
        )
        return context

    def form_valid(self, form):
        days = form.cleaned_data["valid_for_days"]
        link = ShareLink.objects.create(
            revision=self.revision,
            created_by=self.request.user,
            expires_at=timezone.now() + timedelta(days=days),
        )
        url = self.request.build_absolute_uri(link.get_absolute_url())
        messages.success(self.request, f"Share link created for “{self.draft}”: {url}")
        return redirect(self.index_url_name)


class ShareLinkRevokeView(
    PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView
):
    permission_policy = sharing_policy
    permission_required = "change"
    template_name = "editorial/share_link_revoke.html"
    page_title = "Revoke share link"
    header_icon = "link"
    index_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.link = get_object_or_404(
            ShareLink.objects.select_related("revision"), pk=kwargs["pk"]
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(link=self.link, **kwargs)

    def post(self, request, pk):
        if self.link.revoked_at is None:
            self.link.revoke()
            messages.success(request, f"Share link to “{self.link}” revoked.")
        return redirect(self.index_url_name)
