"""The upper page tree every public page reads, loaded once a content generation.

The sections are the pages with children, the pages down to depth 3 (the home page and
its sections), the site roots and their children, and every page under a view
restriction: a handful, however many lettings there are. Menus, breadcrumbs, the
visibility rule and Wagtail's view restriction check read them from here instead of
asking the database on each request.
Each request decides what is shown from them at its own time (pages.py), so a section
expiring needs no change event.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction, Site

from pagecache.memo import remembered


@dataclass(frozen=True)
class Sections:
    pages: tuple  # plain `Page`s in tree order
    restricted_ids: frozenset
    by_path: dict = field(init=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "by_path", {page.path: page for page in self.pages})

    def ancestors(self, page):
        """The pages above `page`, from the tree's root down; None if one is missing
        (the tree changed under a snapshot, which the next generation mends)."""
        paths = [page.path[: depth * Page.steplen] for depth in range(1, page.depth)]
        found = [self.by_path.get(path) for path in paths]
        return None if None in found else found

    def children_of(self, parent):
        return [
            page
            for page in self.pages
            if page.depth == parent.depth + 1 and page.path.startswith(parent.path)
        ]

    def of_type(self, app_label, model_name):
        content_type = ContentType.objects.get_by_natural_key(app_label, model_name)
        return [page for page in self.pages if page.content_type_id == content_type.id]


def load_sections():
    # Above a site root every page has children; below it the menu lists its children.
    # The home page and its sections stand at depths 2 and 3 (their page-type rules).
    near_roots = Q(depth__lte=3)
    for root_path in Site.objects.values_list("root_page__path", flat=True):
        depth = len(root_path) // Page.steplen
        near_roots |= Q(path=root_path) | Q(path__startswith=root_path, depth=depth + 1)
    pages = (
        Page.objects.filter(
            Q(numchild__gt=0) | Q(view_restrictions__isnull=False) | near_roots
        )
        .distinct()
        .order_by("path")
    )
    restricted = PageViewRestriction.objects.values_list("page_id", flat=True)
    return Sections(pages=tuple(pages), restricted_ids=frozenset(restricted))


def current_sections():
    return remembered("visibility:sections", load_sections)


def ancestors_of(page):
    """The pages above `page` (plain `Page`s, from the tree's root down): from the
    sections, or from the database if they miss one."""
    above = current_sections().ancestors(page)
    return list(page.get_ancestors()) if above is None else above


class ViewRestrictionsFromSections:
    """Wagtail checks the view restrictions along a page's path before serving it: two
    queries a request, though nearly every page has none. The sections know which
    pages carry one; only a path with one (or with an alias, whose restrictions are its
    source's) asks the database."""

    def get_view_restrictions(self):
        sections = current_sections()
        above = sections.ancestors(self) if self.pk and self.path else None
        if above is None or any(page.alias_of_id for page in above + [self]):
            return super().get_view_restrictions()
        restricted = {page.id for page in above + [self]} & sections.restricted_ids
        if not restricted:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page_id__in=restricted)
