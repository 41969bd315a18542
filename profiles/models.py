"""Member profiles: a snippet with the whole editorial stack, and the pages that show it."""

from urllib.parse import quote

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.images import get_image_model
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from seo.models import SocialImageMixin
from visibility.pages import VisiblePageManager
from visibility.sections import ViewRestrictionsFromSections

from .forms import ProfileForm
from .member_chooser import MemberChooserWidget
from .panels import SetOnceFieldPanel
from .querysets import ProfileQuerySet

PROFILES_PER_PAGE = 24
USERNAME_PATTERN = r"[\w.@+-]+"


class Profile(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    """A member's public profile, one per user."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    favorite_city = models.CharField(max_length=64, blank=True)
    bio = models.TextField(max_length=500, blank=True)
    photo = models.ForeignKey(
        get_image_model(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="profile")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="profile",
        for_concrete_model=False,
    )

    base_form_class = ProfileForm
    panels = [
        SetOnceFieldPanel("user", widget=MemberChooserWidget),
        FieldPanel("favorite_city"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        PublishingPanel(),
    ]
    search_fields = [
        index.SearchField("favorite_city"),
        index.SearchField("bio"),
        index.AutocompleteField("favorite_city"),
        index.RelatedFields(
            "user",
            [
                index.SearchField("username"),
                index.SearchField("first_name"),
                index.SearchField("last_name"),
                index.AutocompleteField("username"),
                index.AutocompleteField("first_name"),
                index.AutocompleteField("last_name"),
                # Site search shows the profiles of active members only.
                index.FilterField("is_active"),
            ],
        ),
        index.FilterField("live"),
        index.FilterField("expire_at"),
    ]
    preview_modes = [("", "Public page"), ("card", "Card in the profiles list")]

    objects = ProfileQuerySet.as_manager()

    class Meta:
        ordering = ["user__username"]

    def __str__(self):
        return self.display_name

    @property
    def revisions(self):
        return self._revisions

    @property
    def username(self):
        return self.user.username

    @property
    def display_name(self):
        return self.user.get_full_name() or self.user.username

    def get_url(self, request=None):
        section = ProfileIndexPage.objects.visible_to_visitors().first()
        return section.profile_url(self, request) if section else None

    def get_preview_template(self, request, mode_name):
        if mode_name == "card":
            return "profiles/profile_card_preview.html"
        return "profiles/profile_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["profile"] = self
        context["page"] = ProfileIndexPage.objects.live().first()
        return context


class ProfileIndexPage(
    RoutablePageMixin, SocialImageMixin, ViewRestrictionsFromSections, Page
):
    """`/profiles/` lists live profiles; `/profiles/<username>/` shows one."""

    intro = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    objects = VisiblePageManager()

    def profile_url(self, profile, request=None):
        """The address of `profile` in this section: the one place it is made."""
        return self.get_url(request) + self.profile_subpath(profile)

    def profile_subpath(self, profile):
        """The part of `profile`'s address below this page's, such as "jo.doe/", with
        the "@" and "+" a username may hold percent-encoded."""
        return quote(self.username_route(profile.username))

    def username_route(self, username):
        """The route below this page that serves `username`'s profile, not encoded."""
        return self.reverse_subpage("profile", kwargs={"username": username})

    def get_route_paths(self):
        """The list, then every published profile: when the section is renamed or
        moved, Wagtail makes a redirect from each old address, so links to a profile
        that visitors shared or search engines hold keep working. Not percent-encoded:
        the redirects match the path as a request carries it."""
        usernames = Profile.objects.published().values_list("user__username", flat=True)
        return ["/"] + ["/" + self.username_route(username) for username in usernames]

    def get_sitemap_urls(self, request=None):
        """This page, then every profile it serves (the sitemap lists this page only
        when visitors may see it)."""
        page_url = self.get_full_url(request)
        return super().get_sitemap_urls(request) + [
            {
                "location": page_url + self.profile_subpath(profile),
                "lastmod": profile.last_published_at,
            }
            for profile in Profile.objects.published().select_related("user")
        ]

    @path("")
    def profile_list(self, request):
        paginator = Paginator(Profile.objects.published().as_cards(), PROFILES_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "profiles_page": paginator.get_page(request.GET.get("page"))
            },
        )

    @re_path(rf"^(?P<username>{USERNAME_PATTERN})/$", name="profile")
    def profile_detail(self, request, username):
        profile = get_object_or_404(
            Profile.objects.published().as_cards(), user__username=username
        )
        return self.render(
            request,
            template="profiles/profile_detail.html",
            context_overrides={"profile": profile},
        )
