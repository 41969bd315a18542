"""Every page of the demo renders: the home page, the sections, each letting and profile."""

import pytest
from pytest_django.asserts import assertContains

from demo.catalogue import LETTINGS, MEMBERS

pytestmark = pytest.mark.usefixtures("demo")


def test_the_home_page_shows_the_featured_lettings(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["featured"][0].title == "Balboa Peninsula Beach House"
    assert len(response.context["featured"]) == 6


def test_the_lettings_index_lists_the_demo(client):
    response = client.get("/lettings/")
    assert response.status_code == 200
    assert response.context["lettings_page"].paginator.count == len(LETTINGS)


def test_the_lettings_can_be_filtered_by_city(client):
    response = client.get("/lettings/", {"city": "Laguna Beach"})
    titles = [letting.title for letting in response.context["lettings_page"]]
    assert sorted(titles) == ["Canyon Road Craftsman", "Heisler Park View Studio"]


def test_every_letting_is_reached_by_its_slug(client):
    for entry in LETTINGS:
        response = client.get(f"/lettings/{entry.slug}/")
        assert response.status_code == 200, entry.slug
        assert response.context["page"].title == entry.title


def test_the_profiles_index_lists_the_members(client):
    response = client.get("/profiles/")
    assert response.status_code == 200
    assert response.context["profiles_page"].paginator.count == len(MEMBERS)


def test_every_profile_page_answers(client):
    for member in MEMBERS:
        response = client.get(f"/profiles/{member.username}/")
        assertContains(
            response,
            f"<h1>{member.full_name}</h1>",
            html=True,
            msg_prefix=member.username,
        )
