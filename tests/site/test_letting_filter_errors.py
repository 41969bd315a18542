"""A filter value that does not parse is explained beside its field, and only that filter
is ignored: the list is still shown, narrowed by the others."""

import pytest

from tests.factories import LettingPageFactory
from tests.site.listing_html import card_titles, parsed

pytestmark = pytest.mark.django_db

BAD_VALUES = {
    "city": "Atlantis",
    "state": "California",
    "property_type": "castle",
    "min_bedrooms": "many",
    "min_bathrooms": "-1",
    "min_rent": "cheap",
    "max_rent": "1e9",
    "available_before": "next week",
    "sort": "random",
}


@pytest.fixture(autouse=True)
def lettings():
    LettingPageFactory(title="Two beds", bedrooms=2, monthly_rent=2000)
    LettingPageFactory(title="Four beds", bedrooms=4, monthly_rent=4000)


@pytest.mark.parametrize("name, value", BAD_VALUES.items())
def test_each_bad_value_is_explained_by_its_field(client, name, value):
    html = parsed(client.get("/lettings/", {name: value}))
    error = html.select_one(f"#id_{name}_error")
    assert error is not None and error.get_text(strip=True)
    assert "field-error" in error["class"]
    if name != "sort":  # The sort order is chosen by links, not by a field.
        field = html.select_one(f"#id_{name}")
        assert field["aria-invalid"] == "true"
        assert f"id_{name}_error" in field["aria-describedby"].split()
    assert sorted(card_titles(html)) == ["Four beds", "Two beds"]


def test_errors_have_one_id_each(client):
    html = parsed(client.get("/lettings/", BAD_VALUES))
    ids = [error["id"] for error in html.select(".field-error")]
    assert len(ids) == len(BAD_VALUES)
    assert len(set(ids)) == len(ids)


def test_only_the_bad_filter_is_ignored(client):
    html = parsed(client.get("/lettings/", {"min_bedrooms": "3", "max_rent": "lots"}))
    assert card_titles(html) == ["Four beds"]
    assert html.select_one("#id_max_rent_error") is not None


def test_a_rent_range_upside_down_ignores_its_top(client):
    html = parsed(client.get("/lettings/", {"min_rent": "3000", "max_rent": "1000"}))
    assert card_titles(html) == ["Four beds"]
    assert html.select_one("#id_max_rent_error") is not None


def test_filters_open_when_one_is_wrong(client):
    assert (
        "open"
        not in parsed(client.get("/lettings/"))
        .select_one("details.filters-panel")
        .attrs
    )
    html = parsed(client.get("/lettings/", {"min_bedrooms": "many"}))
    assert "open" in html.select_one("details.filters-panel").attrs
