"""Every change to what visitors may see bumps the page cache's generation.

Content is every model but those named here: a model nobody thought of makes the cache
too eager to forget, never stale. Queryset `update()` and bulk writes send no signal; a
command that makes such changes runs `invalidate_page_cache` (or calls `bump()`), and
PAGE_CACHE_SECONDS bounds what is missed.
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import DraftStateMixin, LockableMixin
from wagtail.signals import post_page_move

from .generation import bump

# Apps whose rows no public page shows: sessions, audit logs, admin state, the search
# index, login throttling, two-factor devices, task results.
IGNORED_APPS = {
    "sessions",
    "admin",
    "wagtailadmin",
    "wagtailsearch",
    "modelsearch",
    "wagtailusers",
    "axes",
    "django_otp",
    "otp_static",
    "otp_totp",
    "django_tasks",
    "django_tasks_database",
    "django_tasks_db",
}
IGNORED_MODELS = {
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
    # The editors' report of what visitors searched: every search writes it.
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
    # Form posts and share links: never part of a cached page.
    "wagtailforms.formsubmission",
    "editorial.sharelink",
}
# Saving a draft, locking or commenting writes only these fields of a page or snippet:
# the live version, the one visitors see, is untouched.
EDITORIAL_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "wagtail_admin_comments",
}
# A login stamps the user; nothing shown changes.
LOGIN_FIELDS = {"last_login"}


def is_content(model):
    label = model._meta.label_lower
    return model._meta.app_label not in IGNORED_APPS and label not in IGNORED_MODELS


def changes_public_content(sender, instance, update_fields):
    """False for saves known to leave every public page as it was."""
    if sender._meta.label_lower == "wagtailcore.revision":
        # A draft revision is never shown; a scheduled one moves the next go-live.
        return instance.approved_go_live_at is not None or (
            update_fields is not None and "approved_go_live_at" in update_fields
        )
    if update_fields is None:
        return True
    if isinstance(instance, DraftStateMixin | LockableMixin):
        return not set(update_fields) <= EDITORIAL_FIELDS
    if sender._meta.label_lower == settings.AUTH_USER_MODEL.lower():
        return not set(update_fields) <= LOGIN_FIELDS
    return True


def content_saved(sender, instance, update_fields=None, **kwargs):
    if changes_public_content(sender, instance, update_fields):
        bump()


def content_deleted(sender, instance, **kwargs):
    if changes_public_content(sender, instance, None):
        bump()


def relation_changed(sender, action, **kwargs):
    if action.startswith("post_") and is_content(sender):
        bump()


def page_moved(sender, **kwargs):
    # Treebeard rewrites the tree with raw updates: no save signal for the moved pages.
    bump()


def connect_content_signals():
    """Connect per model, not to every sender: a model with no receiver keeps Django's
    fast bulk delete (the search and reference indexes delete thousands of rows)."""
    for model in apps.get_models():
        if not is_content(model):
            continue
        uid = f"pagecache:{model._meta.label_lower}"
        post_save.connect(content_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(content_deleted, sender=model, dispatch_uid=uid)
    m2m_changed.connect(relation_changed, dispatch_uid="pagecache")
    post_page_move.connect(page_moved, dispatch_uid="pagecache")
