"""As-you-type suggestions for the header search box: a small JSON endpoint that the
page enhances; with JavaScript off the box is a plain form that submits to /search/."""

import pytest

from tests.factories import (
    AddressFactory,
    LettingPageFactory,
    ProfileFactory,
    UserFactory,
)
from tests.parsed_html import parsed

pytestmark = pytest.mark.django_db


def test_suggestions_name_and_link_lettings_and_profiles(client):
    LettingPageFactory(title="Harbour View Cottage")
    ProfileFactory(
        user=UserFactory(
            username="harbourmaster", first_name="Grace", last_name="Hopper"
        )
    )
    response = client.get("/search/suggest/", {"q": "harb"})
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "query": "harb",
        "suggestions": [
            {
                "type": "letting",
                "title": "Harbour View Cottage",
                "url": "/lettings/harbour-view-cottage/",
            },
            {
                "type": "profile",
                "title": "Grace Hopper",
                "url": "/profiles/harbourmaster/",
            },
        ],
    }


def test_a_letting_is_suggested_by_the_start_of_its_city_or_street(suggest):
    LettingPageFactory(
        title="Harbour View Cottage",
        address=AddressFactory(street="Balboa Boulevard", city="Newport Beach"),
    )
    LettingPageFactory(title="Canyon Loft", address=AddressFactory(city="Irvine"))
    assert suggest("newp") == ["Harbour View Cottage"]
    assert suggest("balb") == ["Harbour View Cottage"]
    assert suggest("newport bea") == ["Harbour View Cottage"]


def test_suggestions_are_few(suggest):
    for number in range(8):
        LettingPageFactory(title=f"Kestrel Court {number}")
        ProfileFactory(user__first_name="Kestrel")
    kinds = [title.startswith("Kestrel Court") for title in suggest("kest")]
    assert kinds == [True] * 5 + [False] * 3


@pytest.mark.parametrize("query", ["", "   ", "?!"])
def test_nothing_to_complete_suggests_nothing(suggest, query):
    LettingPageFactory()
    assert suggest(query) == []


def test_a_suggested_profile_link_works_whatever_the_username(client):
    ProfileFactory(user=UserFactory(username="ada+sea@example.org", first_name="Ada"))
    [suggestion] = client.get("/search/suggest/", {"q": "ada"}).json()["suggestions"]
    assert suggestion["url"] == "/profiles/ada%2Bsea%40example.org/"
    assert client.get(suggestion["url"]).status_code == 200


def test_the_header_search_box_works_without_javascript(client, letting_index):
    html = parsed(client.get("/lettings/"))
    form = html.select_one("form.search-box[role=search]")
    assert (form["action"], form["method"]) == ("/search/", "get")
    assert form["data-suggest-url"] == "/search/suggest/"
    field = form.select_one("input#site-search")
    assert (field["type"], field["name"]) == ("search", "q")
    script = html.select_one('head script[src="/static/js/search-autocomplete.js"]')
    assert script.has_attr("defer")


def test_the_search_box_shows_the_query_searched(client):
    html = parsed(client.get("/search/", {"q": 'harbour "view"'}))
    assert html.select_one("form.search-box input[name=q]")["value"] == 'harbour "view"'
