"""The command ends with a table of what it created, updated and left unchanged."""

import pytest

from .builder import build_legacy_database, sample_rows

pytestmark = pytest.mark.django_db

FIRST_RUN_SUMMARY = """\
Legacy schema: refactored
             created   updated unchanged
users              2         0         0
profiles           2         0         0
addresses          2         0         0
lettings           2         0         0
redirects          2         0         0
Skipped users without a profile: admin
"""


def test_the_summary_counts_each_kind(legacy_db, run_import):
    assert run_import(legacy_db) == FIRST_RUN_SUMMARY


def test_verbosity_2_lists_each_change_before_the_summary(legacy_db, run_import):
    output = run_import(legacy_db, "--verbosity=2")

    assert output.startswith("created user ada\n")
    assert output.endswith(FIRST_RUN_SUMMARY)


def test_an_address_no_letting_uses_is_reported_as_skipped(tmp_path, run_import):
    rows = sample_rows()
    rows["addresses"].append({**rows["addresses"][0], "id": 9})

    output = run_import(build_legacy_database(tmp_path / "legacy.sqlite3", rows))

    assert "Skipped addresses without a letting: id=9" in output
