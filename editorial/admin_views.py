"""Admin views of the editorial workflow: read-only drafts and share links."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
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
from wagtail.admin.widgets import ListingButton
from wagtail.models import Revision

from lettings.models import LettingPage
from profiles.models import Profile

from .drafts import DraftBanner, render_draft, revision_as_object
from .forms import ShareLinkForm
from .models import ShareLink

VIEW_DRAFT = "editorial.view_draft"
ADD_SHARE_LINK = "editorial.add_sharelink"
CHANGE_SHARE_LINK = "editorial.change_sharelink"


class PermissionRequiredMixin:
    permissions_required = (VIEW_DRAFT,)

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms(self.permissions_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def draft_url(revision_id):
    return reverse("editorial_review:draft", args=[revision_id])


def create_share_link_url(revision_id):
    return reverse("editorial_share_links:add", args=[revision_id])


class DraftView(PermissionRequiredMixin, View):
    """A saved revision shown as its page would show it, for people who may read
    drafts but not edit them (Marketing). `?mode=card` picks the other preview mode."""

    def get(self, request, revision_id):
        revision = get_object_or_404(Revision, pk=revision_id)
        return render_draft(
            request, revision, DraftBanner(revision), mode=request.GET.get("mode")
        )


class ReviewTitleColumn(ButtonsColumnMixin, TitleColumn):
    def get_buttons(self, instance, parent_context):
        revision_id = instance.latest_revision_id
        if revision_id is None:
            return []
        user = parent_context["request"].user
        buttons = [ListingButton("View draft", draft_url(revision_id), priority=10)]
        if user.has_perm(ADD_SHARE_LINK):
            buttons.append(
                ListingButton(
                    "Share draft", create_share_link_url(revision_id), priority=20
                )
            )
        return buttons


class DraftListingView(PermissionRequiredMixin, BaseListingView):
    """Every letting or profile, drafts included, newest change first."""

    paginate_by = 25
    header_icon = "doc-empty"
    index_url_name = None
    title_field = "title"

    @cached_property
    def columns(self):
        return [
            ReviewTitleColumn(
                self.title_field,
                label="Title",
                get_url=lambda obj: obj.latest_revision_id
                and draft_url(obj.latest_revision_id),
            ),
            LiveStatusTagColumn(),
            DateColumn(
                "latest_revision_created_at", label="Last saved", accessor=self.saved_at
            ),
        ]

    @staticmethod
    def saved_at(obj):
        return obj.latest_revision.created_at if obj.latest_revision else None


class LettingDraftsView(DraftListingView):
    page_title = "Letting drafts"
    verbose_name_plural = "lettings"

    def get_base_queryset(self):
        return LettingPage.objects.select_related("latest_revision").order_by(
            "-latest_revision_created_at", "-pk"
        )


class ProfileDraftsView(DraftListingView):
    page_title = "Profile drafts"
    verbose_name_plural = "profiles"
    title_field = "display_name"

    def get_base_queryset(self):
        return Profile.objects.select_related("latest_revision", "user").order_by(
            "-latest_revision__created_at", "-pk"
        )


class ShareLinkCreateView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Create a link to one revision; whoever has the link can read that revision."""

    permissions_required = (VIEW_DRAFT, ADD_SHARE_LINK)
    form_class = ShareLinkForm
    template_name = "editorial/share_link_create.html"
    page_title = "Share a draft"
    header_icon = "link"

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
            draft_url=draft_url(self.revision.pk),
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
        return redirect("editorial_share_links:index")


class ShareLinkRevokeView(
    PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView
):
    permissions_required = (CHANGE_SHARE_LINK,)
    template_name = "editorial/share_link_revoke.html"
    page_title = "Revoke share link"
    header_icon = "link"

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
        return redirect("editorial_share_links:index")
