"""Each legacy letting becomes a published page in the lettings section."""

import pytest

from lettings.models import LettingPage

from .builder import build_legacy_database, sample_rows

pytestmark = pytest.mark.django_db


def import_titles(tmp_path, run_import, titles):
    rows = sample_rows()
    rows["addresses"] = [
        {**rows["addresses"][0], "id": number} for number in range(1, len(titles) + 1)
    ]
    rows["lettings"] = [
        {"id": number, "title": title, "address_id": number}
        for number, title in enumerate(titles, start=1)
    ]
    run_import(build_legacy_database(tmp_path / "legacy.sqlite3", rows))
    return list(LettingPage.objects.order_by("legacy_id"))


def test_a_letting_is_a_live_page_with_a_revision(legacy_db, run_import, letting_index):
    run_import(legacy_db)

    page = LettingPage.objects.get(legacy_id=1)
    assert page.get_parent().specific == letting_index
    assert page.live and not page.has_unpublished_changes
    assert page.live_revision == page.latest_revision
    assert page.revisions.count() == 1
    assert page.title == "Joshua Tree Green Haus /w Hot Tub"


def test_a_letting_gets_a_generated_summary(legacy_db, run_import):
    run_import(legacy_db)

    assert LettingPage.objects.get(legacy_id=2).summary == (
        "'Silo Studio' Cottage in Holyoke, MA."
    )


def test_rent_and_rooms_stay_unknown(legacy_db, run_import):
    run_import(legacy_db)

    page = LettingPage.objects.get(legacy_id=1)
    assert (page.monthly_rent, page.bedrooms, page.bathrooms) == (None, None, None)


def test_slugs_come_from_titles_with_odd_punctuation(legacy_db, run_import):
    run_import(legacy_db)

    assert list(
        LettingPage.objects.order_by("legacy_id").values_list("slug", flat=True)
    ) == [
        "joshua-tree-green-haus-w-hot-tub",
        "silo-studio-cottage",
    ]


def test_titles_with_the_same_slug_get_unique_slugs(tmp_path, run_import):
    pages = import_titles(tmp_path, run_import, ["Sea View", "Sea view!", "sea-view"])

    assert [page.slug for page in pages] == ["sea-view", "sea-view-1", "sea-view-2"]


def test_a_title_without_letters_gets_a_slug_from_its_id(tmp_path, run_import):
    pages = import_titles(tmp_path, run_import, ["!!!"])

    assert pages[0].slug == "letting-1"


def test_a_summary_too_long_for_the_field_is_shortened(tmp_path, run_import):
    rows = sample_rows()
    rows["lettings"][0]["title"] = "x" * 255
    rows["addresses"][0]["city"] = "C" * 64

    run_import(build_legacy_database(tmp_path / "legacy.sqlite3", rows))

    page = LettingPage.objects.get(legacy_id=1)
    assert page.title == "x" * 255
    assert page.summary == f"A home in {'C' * 64}, GA."
