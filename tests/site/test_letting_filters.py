"""Renters narrow the lettings list by place, type, size, rent, pets, furnishing and date."""

import datetime
from decimal import Decimal

import pytest

from tests.factories import AddressFactory, LettingPageFactory
from tests.site.listing_html import card_titles, listed, options, parsed

pytestmark = pytest.mark.django_db


def letting(title, city="Irvine", state="CA", **facts):
    return LettingPageFactory(
        title=title, address=AddressFactory(city=city, state=state), **facts
    )


def test_city_choices_are_the_cities_of_live_lettings_with_counts(client):
    letting("A", city="Irvine")
    letting("B", city="Irvine")
    letting("C", city="Newport Beach")
    letting("Draft", city="Brea", live=False)
    html = parsed(client.get("/lettings/"))
    assert options(html.select_one("select#id_city")) == [
        ("", "Any city"),
        ("Irvine", "Irvine (2)"),
        ("Newport Beach", "Newport Beach (1)"),
    ]
    assert options(html.select_one("select#id_state")) == [
        ("", "Any state"),
        ("CA", "CA (3)"),
    ]


def test_city_and_state_match_whatever_the_case(client):
    letting("Irvine home", city="Irvine")
    letting("Reno home", city="Reno", state="NV")
    assert listed(client, city="irvine") == ["Irvine home"]
    assert listed(client, state="nv") == ["Reno home"]
    html = parsed(client.get("/lettings/", {"city": "IRVINE"}))
    assert html.select_one("select#id_city option[selected]")["value"] == "Irvine"


def test_property_type(client):
    letting("Flat", property_type="apartment")
    letting("House", property_type="house")
    assert listed(client, property_type="apartment") == ["Flat"]


def test_bedrooms_and_bathrooms_are_minimums(client):
    letting("Small", bedrooms=1, bathrooms=1)
    letting("Family", bedrooms=3, bathrooms=Decimal("2.5"))
    letting("Mansion", bedrooms=5, bathrooms=4)
    assert sorted(listed(client, min_bedrooms=3)) == ["Family", "Mansion"]
    assert sorted(listed(client, min_bathrooms="2.5")) == ["Family", "Mansion"]
    assert listed(client, min_bedrooms=3, min_bathrooms=3) == ["Mansion"]


def test_rent_range(client):
    letting("Cheap", monthly_rent=1500)
    letting("Middle", monthly_rent=2500)
    letting("Dear", monthly_rent=6000)
    letting("On request", monthly_rent=None)
    assert listed(client, min_rent=2000, max_rent=3000) == ["Middle"]
    assert sorted(listed(client, min_rent=2000)) == ["Dear", "Middle"]


@pytest.mark.parametrize("zero", [{"min_rent": 0}, {"min_bedrooms": 0}])
def test_a_zero_minimum_is_a_filter_on_and_the_count_says_what_it_shows(client, zero):
    """ "At least 0" still leaves out the lettings that do not say: counted as a filter
    on, and the count is of the cards shown, not of every letting."""
    letting("Cheap", monthly_rent=1500, bedrooms=1)
    letting("Unknown", monthly_rent=None, bedrooms=None)
    html = parsed(client.get("/lettings/", zero))
    assert card_titles(html) == ["Cheap"]
    assert html.select_one(".result-count").get_text(strip=True) == (
        "1 letting matches your filters"
    )
    assert html.select_one("details.filters-panel summary").get_text(strip=True) == (
        "Filters (1)"
    )


def test_pets_and_furnished_keep_only_the_lettings_that_have_them(client):
    letting("Pets", pets_allowed=True)
    letting("Furnished", furnished=True)
    letting("Both", pets_allowed=True, furnished=True)
    assert sorted(listed(client, pets="on")) == ["Both", "Pets"]
    assert listed(client, pets="on", furnished="on") == ["Both"]
    assert len(listed(client, pets="")) == 3


def test_available_by_counts_lettings_without_a_date_as_available_now(client):
    letting("Now", available_from=None)
    letting("Soon", available_from=datetime.date(2027, 2, 1))
    letting("Later", available_from=datetime.date(2027, 9, 1))
    assert sorted(listed(client, available_before="2027-03-01")) == ["Now", "Soon"]


def test_filter_form_keeps_what_was_chosen(client):
    letting("Home", pets_allowed=True, bedrooms=3)
    html = parsed(client.get("/lettings/", {"min_bedrooms": 2, "pets": "on"}))
    assert html.select_one("input#id_min_bedrooms")["value"] == "2"
    assert html.select_one("input#id_pets").has_attr("checked")
