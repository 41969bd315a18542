"""On a phone the filters fold behind "Filters (n)", a <details> that needs no JavaScript,
so the first card is on the first screen."""

import pytest
from django.contrib.staticfiles import finders

from tests.factories import LettingPageFactory
from tests.site.listing_html import parsed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def a_letting():
    LettingPageFactory(bedrooms=3, pets_allowed=True)


def toggle(client, **params):
    html = parsed(client.get("/lettings/", params))
    panel = html.select_one("details.filters-panel")
    assert panel.select_one("form.filters") is not None
    return panel.select_one("summary").get_text(strip=True)


def test_the_toggle_counts_the_filters_on(client):
    assert toggle(client) == "Filters"
    assert toggle(client, min_bedrooms=2) == "Filters (1)"
    assert toggle(client, min_bedrooms=2, pets="on", sort="rent_asc") == "Filters (2)"


def test_a_bad_value_is_not_counted(client):
    assert toggle(client, min_bedrooms="many", pets="on") == "Filters (1)"


def test_the_fold_is_styled_from_the_stylesheet(client):
    html = parsed(client.get("/lettings/"))
    assert not html.select("[style]") and not html.select("style")
    with open(finders.find("css/site.css"), encoding="utf-8") as stylesheet:
        assert ".filters-panel" in stylesheet.read()
