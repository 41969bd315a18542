"""Bad input stops the import with a message naming table and row; nothing is written."""

import sqlite3

import pytest
from django.core.management.base import CommandError

from lettings.models import LettingIndexPage

from .builder import build_legacy_database, sample_rows

pytestmark = pytest.mark.django_db


def change_row(kind, index, **values):
    def change(rows):
        rows[kind][index].update(values)

    return change


BAD_ROWS = [
    (
        change_row("addresses", 0, number=0),
        "lettings_address row id=1: number 0: Ensure this value is greater than or equal to 1.",
    ),
    (
        change_row("addresses", 0, number=10000),
        "lettings_address row id=1: number 10000: Ensure this value is less than or equal to 9999.",
    ),
    (
        change_row("addresses", 1, state="ca"),
        "lettings_address row id=2: state 'ca': Use the two-letter state code, e.g. CA.",
    ),
    (
        change_row("addresses", 1, zip_code=123456),
        "lettings_address row id=2: zip_code 123456: A ZIP code is five digits."
        " Ensure this value has at most 5 characters (it has 6).",
    ),
    (
        change_row("addresses", 1, zip_code="9x"),
        "lettings_address row id=2: zip_code '9x': A ZIP code is five digits.",
    ),
    (
        change_row("addresses", 0, country_iso_code="us"),
        "lettings_address row id=1: country_iso_code 'us': Use the three-letter ISO country code, e.g. USA.",
    ),
    (
        change_row("addresses", 0, street="s" * 65),
        f"lettings_address row id=1: street '{'s' * 65}': Ensure this value has at most 64 characters (it has 65).",
    ),
    (
        change_row("lettings", 1, title=" "),
        "lettings_letting row id=2: title is empty",
    ),
    (
        change_row("lettings", 1, title="t" * 256),
        "lettings_letting row id=2: title is 256 characters long; at most 255 fit",
    ),
    (
        change_row("lettings", 1, address_id=9),
        "lettings_letting row id=2: address_id 9 not found in lettings_address",
    ),
    (
        change_row("profiles", 1, user_id=9),
        "profiles_profile row id=2: user_id 9 not found in auth_user",
    ),
    (
        change_row("profiles", 1, favorite_city="c" * 65),
        f"profiles_profile row id=2: favorite_city '{'c' * 65}': Ensure this value has at most 64 characters (it has 65).",
    ),
    (
        change_row("users", 2, date_joined="yesterday"),
        "auth_user row id=3: date_joined 'yesterday' is not a date and time",
    ),
    (
        change_row("users", 2, date_joined="2020-13-01 10:00"),
        "auth_user row id=3: date_joined '2020-13-01 10:00' is not a date and time",
    ),
    (
        change_row("users", 2, email="not-an-email"),
        "auth_user row id=3: email 'not-an-email': Enter a valid email address.",
    ),
    (
        change_row("users", 2, username="bo smith"),
        "auth_user row id=3: username 'bo smith': Enter a valid username. This value may "
        "contain only letters, numbers, and @/./+/-/_ characters.",
    ),
]


@pytest.mark.parametrize("change, message", BAD_ROWS)
def test_a_bad_row_stops_the_import(tmp_path, run_import, row_counts, change, message):
    rows = sample_rows()
    change(rows)
    path = build_legacy_database(tmp_path / "legacy.sqlite3", rows)
    counts_before = row_counts()

    with pytest.raises(CommandError) as error:
        run_import(path)

    assert str(error.value) == message
    assert row_counts() == counts_before


def test_a_bad_row_names_the_original_schemas_table(tmp_path, run_import):
    rows = sample_rows()
    rows["addresses"][1]["state"] = "ca"
    path = build_legacy_database(tmp_path / "old.sqlite3", rows, schema="original")

    with pytest.raises(
        CommandError, match=r"^oc_lettings_site_address row id=2: state 'ca'"
    ):
        run_import(path)


def test_a_bad_row_leaves_an_earlier_import_as_it_was(tmp_path, run_import, row_counts):
    run_import(build_legacy_database(tmp_path / "good.sqlite3"))
    counts = row_counts()
    rows = sample_rows()
    rows["lettings"][0]["title"] = "A new title"
    rows["addresses"][1]["state"] = "ca"

    with pytest.raises(CommandError):
        run_import(build_legacy_database(tmp_path / "bad.sqlite3", rows))

    assert row_counts() == counts
    assert (
        "A new title"
        not in LettingIndexPage.objects.get()
        .get_children()
        .values_list("title", flat=True)
    )


def sqlite_file(path, *statements):
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return path


def test_a_missing_file(tmp_path, run_import, row_counts):
    path = tmp_path / "nowhere.sqlite3"

    with pytest.raises(CommandError, match=f"^{path}: no such file$"):
        run_import(path)


def test_a_file_that_is_not_sqlite(tmp_path, run_import, row_counts):
    path = tmp_path / "notes.sqlite3"
    path.write_text("lettings, but as plain text\n" * 100)

    with pytest.raises(CommandError) as error:
        run_import(path)

    assert str(error.value) == (
        f"{path}: not a SQLite database (file is not a database)"
    )


def test_an_unknown_schema(tmp_path, run_import):
    path = sqlite_file(tmp_path / "other.sqlite3", "CREATE TABLE shop_product (id)")

    with pytest.raises(CommandError) as error:
        run_import(path)

    assert str(error.value) == (
        f"{path}: unknown schema; expected the tables auth_user, lettings_address, "
        "lettings_letting, profiles_profile (refactored) or auth_user, "
        "oc_lettings_site_address, oc_lettings_site_letting, oc_lettings_site_profile "
        "(original)"
    )


def test_both_schemas_at_once_are_ambiguous(tmp_path, run_import):
    path = build_legacy_database(tmp_path / "legacy.sqlite3")
    sqlite_file(
        path,
        "CREATE TABLE oc_lettings_site_address (id)",
        "CREATE TABLE oc_lettings_site_letting (id)",
        "CREATE TABLE oc_lettings_site_profile (id)",
    )

    with pytest.raises(CommandError, match="both legacy schemas are present"):
        run_import(path)


def test_a_missing_column(tmp_path, run_import, row_counts):
    path = build_legacy_database(tmp_path / "legacy.sqlite3")
    sqlite_file(path, "ALTER TABLE lettings_address DROP COLUMN zip_code")
    counts_before = row_counts()

    with pytest.raises(CommandError) as error:
        run_import(path)

    assert str(error.value) == "lettings_address: no such column: zip_code"
    assert row_counts() == counts_before


def test_a_site_without_lettings_section(legacy_db, run_import, row_counts):
    LettingIndexPage.objects.get().delete()
    counts_before = row_counts()

    with pytest.raises(CommandError, match="run migrate first"):
        run_import(legacy_db)

    assert row_counts() == counts_before
