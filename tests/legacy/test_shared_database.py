"""The real legacy database, when this machine has a copy (it is never committed)."""

from pathlib import Path

import pytest
from django.conf import settings

from lettings.models import LettingPage
from profiles.models import Profile

SHARED_DATABASE = (
    Path(settings.BASE_DIR).parent / "shared/legacy/oc-lettings-site.sqlite3"
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not SHARED_DATABASE.exists(),
        reason=f"the legacy production database is not at {SHARED_DATABASE}",
    ),
]


def test_the_legacy_production_database_imports(run_import, client):
    output = run_import(SHARED_DATABASE)

    assert LettingPage.objects.live().count() == 6
    assert Profile.objects.filter(live=True).count() == 4
    first = LettingPage.objects.get(legacy_id=1)
    response = client.get("/lettings/1/")
    assert response.status_code == 301
    assert response["Location"] == first.url
    assert client.get(first.url).status_code == 200
    assert "Skipped users without a profile: admin" in output
