"""Filters narrow search results, and combine with the query and with each other."""

import datetime

import pytest

from tests.factories import AddressFactory, LettingPageFactory, ProfileFactory
from tests.site.listing_html import link_params, options, parsed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def lettings():
    LettingPageFactory(
        title="Kestrel House",
        address=AddressFactory(city="Irvine", state="CA"),
        bedrooms=3,
        monthly_rent=3000,
        available_from=datetime.date(2027, 3, 1),
    )
    LettingPageFactory(
        title="Kestrel Flat",
        address=AddressFactory(city="Tustin", state="CA"),
        bedrooms=1,
        monthly_rent=1800,
        available_from=None,
    )
    LettingPageFactory(
        title="Kestrel Barn",
        address=AddressFactory(city="Reno", state="NV"),
        bedrooms=4,
        monthly_rent=2200,
        available_from=datetime.date(2027, 1, 1),
    )
    LettingPageFactory(
        title="Heron House",
        address=AddressFactory(city="Irvine", state="CA"),
        bedrooms=3,
        monthly_rent=2000,
    )


def test_city_filter_ignores_case(find):
    assert find(q="kestrel", city="irvine") == ["Kestrel House"]


def test_state_filter(find):
    assert find(q="kestrel", state="nv") == ["Kestrel Barn"]


def test_filters_combine_with_each_other(find):
    assert find(q="kestrel", min_bedrooms=3, max_rent=2500) == ["Kestrel Barn"]
    assert find(q="house", city="Irvine", max_rent=2500) == ["Heron House"]


def test_a_letting_without_a_date_is_available_now(find):
    found = find(q="kestrel", available_before="2027-02-01")
    assert sorted(found) == ["Kestrel Barn", "Kestrel Flat"]


def test_filters_without_a_query_list_matching_lettings_newest_first(find):
    assert find(city="Irvine", min_bedrooms=3) == ["Heron House", "Kestrel House"]


def test_profiles_are_left_out_while_a_filter_is_on(find, client):
    ProfileFactory(user__username="kestrel_fan", bio="Kestrels all day.")
    assert "kestrel_fan" in find(q="kestrel")
    assert "kestrel_fan" not in find(q="kestrel", state="CA")
    html = parsed(client.get("/search/", {"q": "kestrel", "state": "CA"}))
    assert "(filters show lettings only)" in html.select_one(".result-count").text


def test_malformed_filters_are_reported_and_ignored(client, find):
    params = {"q": "kestrel", "state": "California", "min_bedrooms": "many"}
    html = parsed(client.get("/search/", params))
    for name in ("state", "min_bedrooms"):
        assert html.select_one(f"#id_{name}")["aria-describedby"] == f"id_{name}_error"
        assert html.select_one(f"#id_{name}_error").get_text(strip=True)
    assert sorted(find(**params)) == ["Kestrel Barn", "Kestrel Flat", "Kestrel House"]


def test_the_city_choices_count_every_live_letting(client):
    html = parsed(client.get("/search/", {"q": "kestrel"}))
    assert options(html.select_one("select#id_city"))[1:] == [
        ("Irvine", "Irvine (2)"),
        ("Reno", "Reno (1)"),
        ("Tustin", "Tustin (1)"),
    ]


def test_clearing_the_filters_keeps_the_query(client):
    html = parsed(client.get("/search/", {"q": "kestrel", "city": "Reno"}))
    form = html.select_one("form.filters")
    assert form.select_one(".filters__actions a")["href"] == "/search/?q=kestrel"
    assert form.select_one('input[type="hidden"][name="q"]')["value"] == "kestrel"


def test_pagination_links_keep_query_and_filters(client):
    for number in range(10):
        LettingPageFactory(title=f"Kestrel Mews {number}", bedrooms=2)
    html = parsed(client.get("/search/", {"q": "kestrel", "min_bedrooms": 2}))
    next_link = html.select_one('.pagination a[rel="next"]')
    assert link_params(next_link) == {
        "q": ["kestrel"],
        "min_bedrooms": ["2"],
        "page": ["2"],
    }


def test_relevance_by_default_and_the_lettings_sorts_on_offer(client, find):
    html = parsed(client.get("/search/", {"q": "kestrel"}))
    links = html.select(".sort-links a")
    assert [link.get_text(strip=True) for link in links] == [
        "Best match",
        "Newest",
        "Rent: low to high",
        "Rent: high to low",
        "Available soonest",
    ]
    assert links[0]["aria-current"] == "true"
    assert all(link_params(link)["q"] == ["kestrel"] for link in links)
    assert find(q="kestrel", sort="rent_asc") == [
        "Kestrel Flat",
        "Kestrel Barn",
        "Kestrel House",
    ]
    assert find(q="kestrel", sort="rent_desc") == [
        "Kestrel House",
        "Kestrel Barn",
        "Kestrel Flat",
    ]
    assert find(q="kestrel", sort="available") == [
        "Kestrel Flat",
        "Kestrel Barn",
        "Kestrel House",
    ]


def test_new_filters_narrow_search_results(find):
    LettingPageFactory(
        title="Kestrel Cottage",
        property_type="cottage",
        bathrooms=2,
        pets_allowed=True,
        furnished=True,
        monthly_rent=2600,
    )
    assert find(q="kestrel", property_type="cottage") == ["Kestrel Cottage"]
    assert find(q="kestrel", pets="on", furnished="on") == ["Kestrel Cottage"]
    assert find(q="kestrel", min_bathrooms=2) == ["Kestrel Cottage"]
    assert sorted(find(q="kestrel", min_rent=2500, max_rent=2800)) == [
        "Kestrel Cottage"
    ]


@pytest.mark.parametrize(
    "filters",
    [
        {"city": "irvine"},
        {"state": "NV"},
        {"min_bedrooms": "3", "max_rent": "2500"},
        {"available_before": "2027-02-01"},
        {"property_type": "house", "min_bathrooms": "1", "min_rent": "1900"},
        {"pets": "on"},
    ],
)
def test_search_and_the_lettings_list_filter_alike(client, find, filters):
    listed = client.get("/lettings/", filters).context["lettings_page"]
    assert sorted(find(**filters)) == sorted(letting.title for letting in listed)
