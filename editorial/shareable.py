"""What reviewers read as drafts and may share: declared once, here.

The draft renderer refuses anything else, the admin has one drafts listing per entry,
and the editors of these models get the "Share draft" action.
"""

from dataclasses import dataclass

from wagtail.models import Page

from lettings.models import LettingPage
from profiles.models import Profile


@dataclass(frozen=True)
class Shareable:
    model: type
    # Names the drafts listing: its viewset, URL namespace and path under review/.
    slug: str
    menu_label: str
    icon: str
    # What each row's title needs, so the listing runs one query per page.
    select_related: tuple = ()

    @property
    def url_namespace(self):
        return f"editorial_drafts_{self.slug}"

    @property
    def is_page(self):
        return issubclass(self.model, Page)


SHAREABLE = (
    Shareable(LettingPage, slug="lettings", menu_label="Letting drafts", icon="home"),
    Shareable(
        Profile,
        slug="profiles",
        menu_label="Profile drafts",
        icon="user",
        select_related=("user",),
    ),
)
SHAREABLE_MODELS = tuple(shareable.model for shareable in SHAREABLE)
SHAREABLE_PAGE_MODELS = tuple(s.model for s in SHAREABLE if s.is_page)
SHAREABLE_SNIPPET_MODELS = tuple(s.model for s in SHAREABLE if not s.is_page)


def shareable_of(instance):
    """The entry `instance` (a letting, a profile) falls under, or None."""
    for shareable in SHAREABLE:
        if isinstance(instance, shareable.model):
            return shareable
    return None
