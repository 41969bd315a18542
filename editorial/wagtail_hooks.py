"""Admin wiring of the editorial workflow: the "Review drafts" area, and a
"Share draft" action in the editors of every shareable model."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem as PageActionMenuItem
from wagtail.snippets.action_menu import ActionMenuItem as SnippetActionMenuItem

from .admin_views import create_share_link_url
from .permissions import sharing_policy
from .shareable import SHAREABLE_PAGE_MODELS, SHAREABLE_SNIPPET_MODELS
from .viewsets import EditorialViewSetGroup


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
            and sharing_policy.user_has_permission(context["request"].user, "add")
        )

    def get_url(self, context):
        return create_share_link_url(self.shared_object(context).latest_revision_id)


class SharePageMenuItem(ShareDraftMixin, PageActionMenuItem):
    def shared_object(self, context):
        page = context.get("page")
        if page is None or not issubclass(page.specific_class, SHAREABLE_PAGE_MODELS):
            return None
        return page


class ShareSnippetMenuItem(ShareDraftMixin, SnippetActionMenuItem):
    def shared_object(self, context):
        return context.get("instance")


@hooks.register("register_admin_viewset")
def register_editorial_area():
    return EditorialViewSetGroup()


@hooks.register("register_page_action_menu_item")
def register_share_page_action():
    return SharePageMenuItem(order=90)


@hooks.register("register_snippet_action_menu_item")
def register_share_snippet_action(model):
    if issubclass(model, SHAREABLE_SNIPPET_MODELS):
        return ShareSnippetMenuItem(order=90)
    return None


@hooks.register("insert_global_admin_css")
def share_link_listing_css():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("editorial/admin.css")
    )
