"""Renters sort the lettings list: newest (the default), by rent either way, or by the
date a home is free; the order is kept by the pages and by the filter form."""

import datetime

import pytest

from tests.factories import LettingPageFactory
from tests.site.listing_html import card_titles, link_params, listed, parsed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def lettings():
    # Published in this order: "Free later" is the newest.
    LettingPageFactory(title="Dear", monthly_rent=5000, available_from=None)
    LettingPageFactory(title="Unpriced", monthly_rent=None)
    LettingPageFactory(
        title="Cheap", monthly_rent=1200, available_from=datetime.date(2027, 1, 1)
    )
    LettingPageFactory(
        title="Free later", monthly_rent=2500, available_from=datetime.date(2027, 6, 1)
    )


def test_newest_first_by_default(client):
    assert listed(client) == ["Free later", "Cheap", "Unpriced", "Dear"]
    assert listed(client, sort="newest") == listed(client)


def test_rent_either_way_with_unknown_rent_last(client):
    assert listed(client, sort="rent_asc") == [
        "Cheap",
        "Free later",
        "Dear",
        "Unpriced",
    ]
    assert listed(client, sort="rent_desc") == [
        "Dear",
        "Free later",
        "Cheap",
        "Unpriced",
    ]


def test_available_soonest_counts_no_date_as_now(client):
    assert listed(client, sort="available") == [
        "Unpriced",
        "Dear",
        "Cheap",
        "Free later",
    ]


def test_sort_links_keep_the_filters_and_mark_the_order_shown(client):
    html = parsed(client.get("/lettings/", {"min_bedrooms": 1, "sort": "rent_desc"}))
    links = html.select(".sort-links a")
    assert [link.get_text(strip=True) for link in links] == [
        "Newest",
        "Rent: low to high",
        "Rent: high to low",
        "Available soonest",
    ]
    assert [link_params(link).get("sort") for link in links] == [
        None,
        ["rent_asc"],
        ["rent_desc"],
        ["available"],
    ]
    assert all(link_params(link)["min_bedrooms"] == ["1"] for link in links)
    current = html.select('.sort-links a[aria-current="true"]')
    assert [link.get_text(strip=True) for link in current] == ["Rent: high to low"]


def test_pages_keep_the_sort_order(client):
    LettingPageFactory.create_batch(12, monthly_rent=900)
    html = parsed(client.get("/lettings/", {"sort": "rent_desc"}))
    next_link = html.select_one('.pagination a[rel="next"]')
    assert link_params(next_link) == {"sort": ["rent_desc"], "page": ["2"]}
    second = parsed(client.get("/lettings/", link_params(next_link)))
    assert card_titles(second)[-1] == "Unpriced"


def test_the_filter_form_keeps_the_sort_order(client):
    html = parsed(client.get("/lettings/", {"sort": "available"}))
    kept = html.select_one('form.filters input[type="hidden"][name="sort"]')
    assert kept["value"] == "available"


def test_a_bad_sort_order_is_reported_and_the_default_shown(client):
    html = parsed(client.get("/lettings/", {"sort": "random"}))
    assert html.select_one("#id_sort_error") is not None
    assert card_titles(html) == ["Free later", "Cheap", "Unpriced", "Dear"]
    assert not html.select('form.filters input[name="sort"]')
