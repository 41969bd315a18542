"""A visitor finds live lettings and profiles by the words they hold, lettings first."""

import pytest
import wagtail_factories
from django.db import connection
from pytest_django.asserts import assertContains, assertInHTML
from wagtail.rich_text import RichText

from tests.factories import (
    AddressFactory,
    LettingPageFactory,
    ProfileFactory,
    UserFactory,
)
from tests.parsed_html import parsed

pytestmark = pytest.mark.django_db


@pytest.fixture
def harbour_cottage():
    LettingPageFactory(title="Desert Bungalow", address=AddressFactory(city="Indio"))
    return LettingPageFactory(
        title="Harbour View Cottage",
        summary="Sunlit rooms above the marina.",
        body=[("paragraph", RichText("<p>A wisteria arbour shades the patio.</p>"))],
        address=AddressFactory(
            street="Balboa Boulevard", city="Newport Beach", zip_code="92661"
        ),
    )


@pytest.mark.parametrize(
    "query",
    [
        "harbour",
        "Harbour View",
        "marina",
        "wisteria",
        "Balboa",
        "newport beach",
        "92661",
    ],
)
def test_a_letting_is_found_by_its_title_summary_body_and_address(
    find, harbour_cottage, query
):
    assert find(q=query) == ["Harbour View Cottage"]


def test_a_letting_is_found_by_its_state(find):
    LettingPageFactory(title="Lake Cabin", address=AddressFactory(state="NV"))
    LettingPageFactory(title="Canyon Loft")
    assert find(q="nv") == ["Lake Cabin"]


@pytest.mark.parametrize(
    "query", ["ocean_lover", "Grace", "hopper", "Laguna", "surfing", "Grace Hopper"]
)
def test_a_profile_is_found_by_its_names_favourite_city_and_bio(find, query):
    ProfileFactory(
        user=UserFactory(
            username="ocean_lover", first_name="Grace", last_name="Hopper"
        ),
        favorite_city="Laguna Beach",
        bio="Surfing at dawn, coffee after.",
    )
    ProfileFactory(user=UserFactory(first_name="Alan"), favorite_city="Irvine")
    assert find(q=query) == ["ocean_lover"]


def test_every_word_must_match(find, harbour_cottage):
    assert find(q="harbour desert") == []


def test_lettings_come_first_then_profiles(find):
    ProfileFactory(user=UserFactory(username="tustin_fan"), favorite_city="Tustin")
    LettingPageFactory(title="Old Town Loft", address=AddressFactory(city="Tustin"))
    assert find(q="tustin") == ["Old Town Loft", "tustin_fan"]


def result_items(response):
    """Each search result, parsed, in order."""
    return parsed(response).select("ol.search-results > li.search-result")


def test_each_result_shows_its_type_title_and_a_snippet(client):
    LettingPageFactory(
        title="Harbour View Cottage",
        summary="Sunlit rooms above the marina.",
        monthly_rent=3450,
        address=AddressFactory(city="Newport Beach"),
        listing_image=wagtail_factories.ImageFactory(),
    )
    ProfileFactory(
        user=UserFactory(
            username="harbourmaster", first_name="Grace", last_name="Hopper"
        ),
        favorite_city="Newport Beach",
        bio="I keep the harbour lights burning.",
    )
    letting_item, profile_item = result_items(client.get("/search/", {"q": "harbour"}))
    letting, profile = str(letting_item), str(profile_item)

    assertInHTML('<p class="search-result__type">Letting</p>', letting)
    (link,) = letting_item.find_all("a")
    assert link["href"] == "/lettings/harbour-view-cottage/"
    assert link.get_text(strip=True) == "Harbour View Cottage"
    assertInHTML('<p class="card__summary">Sunlit rooms above the marina.</p>', letting)
    assertInHTML('<p class="card__place">Newport Beach, CA</p>', letting)
    assertInHTML(
        '<div class="facts__rent"><dt>Rent</dt><dd>$3,450/month</dd></div>', letting
    )
    assert letting_item.select_one("picture img.card__image") is not None

    assertInHTML('<p class="search-result__type">Profile</p>', profile)
    assertInHTML(
        '<h3 class="profile-result__name"><a href="/profiles/harbourmaster/">'
        "Grace Hopper</a></h3>",
        profile,
    )
    assertInHTML(
        '<p class="search-result__snippet">I keep the harbour lights burning.</p>',
        profile,
    )
    assertInHTML(
        '<p class="card__place">@harbourmaster · Favorite city: Newport Beach</p>',
        profile,
    )


def test_results_are_paginated_across_lettings_and_profiles(client):
    for number in range(12):
        LettingPageFactory(title=f"Kestrel Court {number}")
    for _ in range(3):
        ProfileFactory(bio="Kestrel watcher.")

    first = client.get("/search/", {"q": "kestrel"})
    second = client.get("/search/", {"q": "kestrel", "page": 2})

    assert first.context["results_page"].paginator.count == 15
    assert [hit.kind for hit in first.context["results_page"]] == ["letting"] * 10
    assert [hit.kind for hit in second.context["results_page"]] == ["letting"] * 2 + [
        "profile"
    ] * 3
    assertContains(
        first,
        '<p class="result-count" role="status">15 results: 12 lettings, 3 profiles</p>',
        html=True,
    )
    assertContains(first, '<a href="?q=kestrel&amp;page=2">2</a>', html=True)


def test_an_empty_query_asks_what_to_look_for(client):
    LettingPageFactory()
    response = client.get("/search/", {"q": "   "})
    assert "results_page" not in response.context
    assertContains(response, "<h2>What are you looking for?</h2>", html=True)


def test_a_query_matching_nothing_says_so(client):
    LettingPageFactory()
    response = client.get("/search/", {"q": "zeppelin"})
    assertContains(
        response,
        '<p class="result-count" role="status">0 results: 0 lettings, 0 profiles</p>',
        html=True,
    )
    assertContains(response, "<h2>Nothing matches</h2>", html=True)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's FTS5 tokenizer does not stem: it matches whole words as typed.",
)
def test_on_postgresql_english_word_forms_match(find):
    LettingPageFactory(title="Two Cottages", summary="Gardens with roses.")
    assert find(q="cottage garden rose") == ["Two Cottages"]
