"""Admin wiring of the editorial workflow: share links, drafts for reviewers, and a
"Share draft" action in the letting and profile editors."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem as PageActionMenuItem
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.action_menu import ActionMenuItem as SnippetActionMenuItem

from lettings.models import LettingPage
from profiles.models import Profile

from . import admin_views
from .viewsets import ShareLinkViewSet

share_link_viewset = ShareLinkViewSet("editorial_share_links", url_prefix="share-links")

review_urls = [
    path("lettings/", admin_views.LettingDraftsView.as_view(), name="lettings"),
    path("profiles/", admin_views.ProfileDraftsView.as_view(), name="profiles"),
    path("revisions/<int:revision_id>/", admin_views.DraftView.as_view(), name="draft"),
]


def can_share(user):
    return user.has_perms([admin_views.VIEW_DRAFT, admin_views.ADD_SHARE_LINK])


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_DRAFT)


class ShareDraftMixin:
    """ "Share draft" in the editor's action menu: links to the latest saved revision."""

    label = "Share draft"
    name = "action-share-draft"
    icon_name = "link"

    def shared_object(self, context):
        raise NotImplementedError

    def is_shown(self, context):
        shared = self.shared_object(context)
        return (
            context["view"] == "edit"
            and shared is not None
            and shared.latest_revision_id is not None
            and can_share(context["request"].user)
        )

    def get_url(self, context):
        return admin_views.create_share_link_url(
            self.shared_object(context).latest_revision_id
        )


class ShareLettingMenuItem(ShareDraftMixin, PageActionMenuItem):
    def shared_object(self, context):
        page = context.get("page")
        if page is None or not issubclass(page.specific_class, LettingPage):
            return None
        return page


class ShareProfileMenuItem(ShareDraftMixin, SnippetActionMenuItem):
    def shared_object(self, context):
        return context.get("instance")


@hooks.register("register_admin_viewset")
def register_share_links():
    return share_link_viewset


@hooks.register("register_admin_urls")
def register_review_urls():
    return [path("review/", include((review_urls, "editorial_review")))]


@hooks.register("register_admin_menu_item")
def register_review_menu():
    items = [
        ReviewMenuItem(
            "Letting drafts", reverse("editorial_review:lettings"), icon_name="home"
        ),
        ReviewMenuItem(
            "Profile drafts", reverse("editorial_review:profiles"), icon_name="user"
        ),
    ]
    return SubmenuMenuItem(
        "Review drafts", Menu(items=items), icon_name="view", order=240
    )


@hooks.register("register_page_action_menu_item")
def register_share_letting_action():
    return ShareLettingMenuItem(order=90)


@hooks.register("register_snippet_action_menu_item")
def register_share_profile_action(model):
    if issubclass(model, Profile):
        return ShareProfileMenuItem(order=90)
    return None


@hooks.register("insert_global_admin_css")
def share_link_listing_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("editorial/admin.css")
    )
