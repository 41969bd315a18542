"""Filters narrow search results, and combine with the query and with each other."""

import datetime

import pytest

from tests.factories import AddressFactory, LettingPageFactory, ProfileFactory

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
    html = client.get("/search/", {"q": "kestrel", "state": "CA"}).content.decode()
    assert "(filters show lettings only)" in html


def test_malformed_filters_are_reported_and_ignored(client, find):
    response = client.get(
        "/search/", {"q": "kestrel", "state": "California", "min_bedrooms": "many"}
    )
    assert response.status_code == 200
    assert "Use a two-letter state code, such as CA." in response.content.decode()
    assert sorted(find(q="kestrel", state="California", min_bedrooms="many")) == [
        "Kestrel Barn",
        "Kestrel Flat",
        "Kestrel House",
    ]


def test_clearing_the_filters_keeps_the_query(client):
    html = client.get("/search/", {"q": "kestrel", "city": "Reno"}).content.decode()
    assert '<a href="/search/?q=kestrel">Clear</a>' in html
    assert '<input type="hidden" name="q" value="kestrel">' in html


def test_pagination_links_keep_query_and_filters(client):
    for number in range(10):
        LettingPageFactory(title=f"Kestrel Mews {number}", bedrooms=2)
    html = client.get("/search/", {"q": "kestrel", "min_bedrooms": 2}).content.decode()
    assert 'href="?q=kestrel&amp;min_bedrooms=2&amp;page=2"' in html


@pytest.mark.parametrize(
    "filters",
    [
        {"city": "irvine"},
        {"state": "NV"},
        {"min_bedrooms": "3", "max_rent": "2500"},
        {"available_before": "2027-02-01"},
    ],
)
def test_search_and_the_lettings_list_filter_alike(client, find, filters):
    listed = client.get("/lettings/", filters).context["lettings_page"]
    assert sorted(find(**filters)) == sorted(letting.title for letting in listed)
