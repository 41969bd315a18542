"""What visitors may see of the page tree: the one rule every public surface applies.

A page is shown when it and every page above it are published (live, and not past their
`expire_at`, even before `publish_scheduled` has unpublished them) and none of them
carries a view restriction. Content apps build their querysets on this one; lettings
and profiles stand above it and never on each other.
"""

from functools import cache

from django.apps import apps
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from .sections import current_sections


def published_q(now):
    """Rows that are live and not expired at `now` (pages and draft-state snippets)."""
    return Q(live=True) & (Q(expire_at__isnull=True) | Q(expire_at__gt=now))


def is_published(item, now):
    """`published_q` for one object already in memory."""
    return item.live and (item.expire_at is None or item.expire_at > now)


def hiding_paths(sections, now):
    """The paths of the pages that hide themselves and their descendants at `now`: those
    under a view restriction, and unpublished pages with children. Unpublished leaves
    (drafts) are left out: a page's own state is checked directly, and there can be
    thousands of them."""
    paths = []
    for page in sections.pages:
        hides = page.id in sections.restricted_ids or (
            page.numchild > 0 and not is_published(page, now)
        )
        # Sections come in tree order: one below a hiding one adds nothing.
        if hides and not (paths and page.path.startswith(paths[-1])):
            paths.append(page.path)
    return paths


def shown_sections(pages, now=None):
    """Those of `pages` (from the sections) that visitors may see: in memory, by the
    same rule `visible_to_visitors()` asks of the database."""
    now = now or timezone.now()
    hidden = tuple(hiding_paths(current_sections(), now))
    return [
        page
        for page in pages
        if is_published(page, now) and not page.path.startswith(hidden)
    ]


class VisiblePageQuerySet(PageQuerySet):
    def visible_to_visitors(self):
        """Pages published along their whole path, with no view restriction on it."""
        now = timezone.now()
        shown = published_q(now)
        for path in hiding_paths(current_sections(), now):
            shown &= ~Q(path__startswith=path)
        return self.filter(shown)


VisiblePageManager = PageManager.from_queryset(VisiblePageQuerySet)


def visible_pages():
    """Every page visitors may see, of any type (as plain `Page`s)."""
    return VisiblePageQuerySet(Page).visible_to_visitors()


def listed_pages():
    """Every page lists show (the sitemap, pinned search results), of any type: the
    visible ones less those their page type keeps off lists while still serving them
    (its queryset's `delisted()`: a letting let agreed past its grace days)."""
    pages = visible_pages()
    for model in delisting_page_types():
        pages = pages.exclude(pk__in=model.objects.delisted().values("pk"))
    return pages


@cache
def delisting_page_types():
    """The page types whose querysets keep some served pages off lists: found once,
    not on every sitemap or search request."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and hasattr(model.objects, "delisted")
    ]


def is_published_along_path(page, now=None):
    """Whether `page` and its ancestors are published: what Wagtail's serving leaves
    unchecked above the page and for `expire_at`. View restrictions are Wagtail's own
    business when serving (a password form, a sign-in redirect).

    Routing has cached each ancestor on its child, so walking up costs no query."""
    now = now or timezone.now()
    while is_published(page, now):
        # Above a site's root page is the tree's root, which is never shown.
        if page.depth <= 2:
            return True
        page = page.get_parent()
    return False
