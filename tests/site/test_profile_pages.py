"""Visitors read member profiles; drafts never reach them."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_profile_page_shows_the_member(client, profile_index):
    profile = ProfileFactory(
        user=UserFactory(username="jo.doe", first_name="Jo", last_name="Doe"),
        favorite_city="Tustin",
        bio="Surfer.",
    )
    response = client.get("/profiles/jo.doe/")
    assertContains(response, "<h1>Jo Doe</h1>", html=True)
    assertContains(response, '<p class="profile__username">@jo.doe</p>', html=True)
    assertContains(
        response, "<div><dt>Favorite city</dt><dd>Tustin</dd></div>", html=True
    )
    assertContains(
        response, '<div class="profile__bio"><p>Surfer.</p></div>', html=True
    )
    assert profile.get_url() == "/profiles/jo.doe/"


def test_profiles_index_lists_live_profiles_only(client, profile_index):
    ProfileFactory(
        user=UserFactory(username="shown", first_name="Sam", last_name="Lee")
    )
    ProfileFactory(user=UserFactory(username="drafted"), live=False)
    ProfileFactory(user=UserFactory(username="gone", is_active=False))
    response = client.get("/profiles/")
    assertContains(
        response,
        '<h2 class="profile-card__name"><a href="/profiles/shown/">Sam Lee</a></h2>',
        html=True,
    )
    assertNotContains(response, "drafted")
    assertNotContains(response, "gone")


@pytest.mark.parametrize("username", ["drafted", "gone", "nobody"])
def test_hidden_or_unknown_profile_is_a_404(client, profile_index, username):
    ProfileFactory(user=UserFactory(username="drafted"), live=False)
    ProfileFactory(user=UserFactory(username="gone", is_active=False))
    response = client.get(f"/profiles/{username}/")
    assertContains(
        response, "<h1>We couldn't find that page</h1>", status_code=404, html=True
    )


def test_profiles_index_has_an_empty_state(client, profile_index):
    assertContains(client.get("/profiles/"), "<h2>No profiles yet</h2>", html=True)
