"""Visitors read member profiles; drafts never reach them."""

import pytest

from tests.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_profile_page_shows_the_member(client, profile_index):
    profile = ProfileFactory(
        user=UserFactory(username="jo.doe", first_name="Jo", last_name="Doe"),
        favorite_city="Tustin",
        bio="Surfer.",
    )
    response = client.get("/profiles/jo.doe/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Jo Doe</h1>" in html
    assert "Tustin" in html and "Surfer." in html
    assert profile.get_url() == "/profiles/jo.doe/"


def test_profiles_index_lists_live_profiles_only(client, profile_index):
    ProfileFactory(user=UserFactory(username="shown"))
    ProfileFactory(user=UserFactory(username="drafted"), live=False)
    ProfileFactory(user=UserFactory(username="gone", is_active=False))
    html = client.get("/profiles/").content.decode()
    assert "/profiles/shown/" in html
    assert "drafted" not in html and "gone" not in html


@pytest.mark.parametrize("username", ["drafted", "gone", "nobody"])
def test_hidden_or_unknown_profile_is_a_404(client, profile_index, username):
    ProfileFactory(user=UserFactory(username="drafted"), live=False)
    ProfileFactory(user=UserFactory(username="gone", is_active=False))
    response = client.get(f"/profiles/{username}/")
    assert response.status_code == 404
    assert "We couldn't find that page" in response.content.decode()


def test_profiles_index_has_an_empty_state(client, profile_index):
    assert "No profiles yet" in client.get("/profiles/").content.decode()
