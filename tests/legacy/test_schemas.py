"""Both legacy schemas import the same way; the reader tells them apart."""

import pytest

from lettings.models import LettingPage
from profiles.models import Profile

from .builder import build_legacy_database

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("schema", ["refactored", "original"])
def test_either_schema_imports_every_letting_and_profile(tmp_path, run_import, schema):
    path = build_legacy_database(tmp_path / f"{schema}.sqlite3", schema=schema)

    output = run_import(path)

    assert f"Legacy schema: {schema}" in output
    assert sorted(LettingPage.objects.live().values_list("legacy_id", flat=True)) == [
        1,
        2,
    ]
    assert sorted(
        Profile.objects.filter(live=True).values_list("user__username", flat=True)
    ) == ["ada", "bo"]


def test_the_legacy_file_is_opened_read_only(legacy_db, run_import):
    before = legacy_db.read_bytes()
    legacy_db.chmod(0o444)

    run_import(legacy_db)

    assert legacy_db.read_bytes() == before
    assert [path.name for path in legacy_db.parent.iterdir()] == ["legacy.sqlite3"]
