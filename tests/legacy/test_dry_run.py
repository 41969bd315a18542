"""--dry-run tells what would change and writes nothing."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_dry_run_writes_nothing(legacy_db, run_import, row_counts):
    counts_before = row_counts()

    output = run_import(legacy_db, "--dry-run")

    assert row_counts() == counts_before
    assert output.splitlines()[-1] == "Dry run: nothing was written."


def test_a_dry_run_lists_what_would_change(legacy_db, run_import):
    output = run_import(legacy_db, "--dry-run")

    assert output.splitlines()[:4] == [
        "created user ada",
        "created user bo",
        "created profile ada",
        "created profile bo",
    ]
    assert "created letting id=2 /lettings/silo-studio-cottage/" in output
    assert "created redirect /lettings/2" in output
    assert "lettings           2         0         0" in output


def test_a_dry_run_after_an_import_lists_no_change(legacy_db, run_import):
    run_import(legacy_db)

    output = run_import(legacy_db, "--dry-run")

    assert not [line for line in output.splitlines() if line.startswith("created")]
    assert "lettings           0         0         2" in output
