"""Running the import again changes nothing; a changed legacy row updates in place."""

import pytest

from lettings.models import LettingPage
from profiles.models import Profile

from .builder import build_legacy_database, sample_rows

pytestmark = pytest.mark.django_db


def test_a_second_run_writes_nothing(legacy_db, run_import, row_counts):
    run_import(legacy_db)
    counts_after_first_run = row_counts()

    output = run_import(legacy_db)

    assert row_counts() == counts_after_first_run
    assert "users              0         0         2" in output
    assert "lettings           0         0         2" in output
    assert "redirects          0         0         2" in output


def test_an_email_with_a_capitalised_domain_stays_unchanged(tmp_path, run_import):
    rows = sample_rows()
    rows["users"][1]["email"] = "Ada@Example.COM"
    path = build_legacy_database(tmp_path / "legacy.sqlite3", rows)
    run_import(path)

    output = run_import(path)

    assert "users              0         0         2" in output


def changed_rows(change):
    rows = sample_rows()
    change(rows)
    return rows


def import_then_change(tmp_path, run_import, change):
    run_import(build_legacy_database(tmp_path / "first.sqlite3"))
    rows = changed_rows(change)
    return run_import(build_legacy_database(tmp_path / "second.sqlite3", rows))


def test_a_changed_title_publishes_one_new_revision(tmp_path, run_import, row_counts):
    run_import(build_legacy_database(tmp_path / "first.sqlite3"))
    counts = row_counts()
    rows = changed_rows(lambda rows: rows["lettings"][1].update(title="Silo Loft"))

    output = run_import(build_legacy_database(tmp_path / "second.sqlite3", rows))

    page = LettingPage.objects.get(legacy_id=2)
    assert (page.title, page.summary) == ("Silo Loft", "Silo Loft in Holyoke, MA.")
    assert page.slug == "silo-studio-cottage"
    assert page.revisions.count() == 2 and page.live_revision == page.latest_revision
    assert row_counts() == {**counts, "Revision": counts["Revision"] + 1}
    assert "lettings           0         1         1" in output


def test_an_editors_summary_survives_a_new_title(tmp_path, run_import):
    run_import(build_legacy_database(tmp_path / "first.sqlite3"))
    page = LettingPage.objects.get(legacy_id=2)
    page.summary = "A converted grain silo."
    page.save_revision().publish()
    rows = changed_rows(lambda rows: rows["lettings"][1].update(title="Silo Loft"))

    run_import(build_legacy_database(tmp_path / "second.sqlite3", rows))

    page.refresh_from_db()
    assert (page.title, page.summary) == ("Silo Loft", "A converted grain silo.")


def test_a_changed_address_is_updated_in_place(tmp_path, run_import, row_counts):
    run_import(build_legacy_database(tmp_path / "first.sqlite3"))
    counts = row_counts()
    rows = changed_rows(lambda rows: rows["addresses"][0].update(city="Savannah"))

    output = run_import(build_legacy_database(tmp_path / "second.sqlite3", rows))

    page = LettingPage.objects.get(legacy_id=1)
    assert page.address.city == "Savannah"
    assert page.summary == "Joshua Tree Green Haus /w Hot Tub in Savannah, GA."
    assert row_counts() == {**counts, "Revision": counts["Revision"] + 1}
    assert "addresses          0         1         1" in output


def test_a_changed_favorite_city_publishes_a_new_revision(tmp_path, run_import):
    output = import_then_change(
        tmp_path,
        run_import,
        lambda rows: rows["profiles"][0].update(favorite_city="Vienna"),
    )

    profile = Profile.objects.get(user__username="ada")
    assert profile.favorite_city == "Vienna"
    assert profile.revisions.count() == 2 and profile.live
    assert "profiles           0         1         1" in output


def test_a_changed_name_updates_the_user(tmp_path, run_import):
    output = import_then_change(
        tmp_path, run_import, lambda rows: rows["users"][1].update(last_name="Smith")
    )

    assert Profile.objects.get(user__username="ada").user.last_name == "Smith"
    assert "users              0         1         1" in output
