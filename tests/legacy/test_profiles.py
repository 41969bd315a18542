"""Profiles are published the way Wagtail publishes a snippet: a live revision."""

import pytest
from pytest_django.asserts import assertContains

from profiles.models import Profile

pytestmark = pytest.mark.django_db


def test_a_profile_is_live_with_a_revision(legacy_db, run_import):
    run_import(legacy_db)

    profile = Profile.objects.get(user__username="ada")
    assert profile.favorite_city == "Budapest"
    assert profile.live and not profile.has_unpublished_changes
    assert profile.live_revision == profile.latest_revision
    assert profile.revisions.count() == 1


def test_an_empty_favorite_city_is_allowed(legacy_db, run_import):
    run_import(legacy_db)

    assert Profile.objects.get(user__username="bo").favorite_city == ""


def test_an_imported_profile_page_answers(legacy_db, run_import, client, profile_index):
    run_import(legacy_db)

    response = client.get("/profiles/ada/")

    assertContains(
        response, "<div><dt>Favorite city</dt><dd>Budapest</dd></div>", html=True
    )
