"""Pages written in bulk are what Wagtail's own add_child and publish would have made:
a sound tree after the section's existing children, findable, with their references
and their history."""

import pytest
from wagtail.models import Page, PageLogEntry, ReferenceIndex
from wagtail.search.backends import get_search_backend

from lettings.models import Address, LettingPage
from profiles.models import Profile
from tests.factories import LettingPageFactory

from .builder import build_legacy_database, generated_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def thirty_lettings(tmp_path):
    return build_legacy_database(tmp_path / "legacy.sqlite3", generated_rows(30))


def test_the_tree_stays_sound_after_existing_children(
    thirty_lettings, run_import, letting_index
):
    existing = LettingPageFactory(parent=letting_index)

    run_import(thirty_lettings)

    assert Page.find_problems() == ([], [], [], [], [])
    letting_index.refresh_from_db()
    children = list(letting_index.get_children().specific())
    assert letting_index.numchild == len(children) == 31
    assert children[0] == existing
    assert [page.legacy_id for page in children[1:]] == list(range(1, 31))
    assert all(page.url_path.startswith(letting_index.url_path) for page in children)


def test_each_new_page_is_created_then_published_in_its_history(
    thirty_lettings, run_import
):
    run_import(thirty_lettings)

    page = LettingPage.objects.get(legacy_id=7)
    actions = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("pk")
        .values_list("action", "revision")
    )
    assert actions == [
        ("wagtail.create", None),
        ("wagtail.publish", page.live_revision_id),
    ]
    assert page.live_revision.as_object().title == page.title


def test_imported_lettings_and_profiles_are_found_by_search(
    thirty_lettings, run_import
):
    run_import(thirty_lettings)

    backend = get_search_backend()
    page = LettingPage.objects.get(legacy_id=12)
    found = backend.search(page.address.street, LettingPage.objects.live())
    assert list(found) == [page]
    found = backend.search("member12", Profile.objects.all())
    assert [profile.user.username for profile in found] == ["member12"]


def test_a_letting_references_its_address(thirty_lettings, run_import):
    run_import(thirty_lettings)

    page = LettingPage.objects.get(legacy_id=3)
    usage = ReferenceIndex.get_references_to(page.address)
    assert [(ref.object_id, ref.model_path) for ref in usage] == [
        (str(page.pk), "address")
    ]
    assert Address.objects.count() == 30
