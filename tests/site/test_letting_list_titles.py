"""Titles and meta descriptions say what the lettings list holds: where, which page."""

import pytest

from tests.factories import AddressFactory, LettingPageFactory
from tests.site.listing_html import parsed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def lettings():
    LettingPageFactory.create_batch(13, address=AddressFactory(city="Irvine"))
    LettingPageFactory(address=AddressFactory(city="Tustin"))


def head(client, **params):
    html = parsed(client.get("/lettings/", params))
    return (
        html.title.get_text(strip=True),
        html.select_one('meta[name="description"]')["content"],
    )


def test_the_first_page_of_everything(client, letting_index):
    title, description = head(client)
    assert title == f"{letting_index.title} · Orange County Lettings"
    assert description.startswith("14 homes to rent in Orange County, California")
    assert "page 1 of 2" in description


def test_a_city_and_a_page(client, letting_index):
    title, description = head(client, city="irvine", page=2)
    assert title == f"{letting_index.title} in Irvine, page 2 · Orange County Lettings"
    assert description.startswith("13 homes to rent in Irvine matching your filters")
    assert "page 2 of 2" in description


def test_city_and_state(client, letting_index):
    title, _ = head(client, city="Tustin", state="ca")
    assert title == f"{letting_index.title} in Tustin, CA · Orange County Lettings"


def test_a_bad_city_says_nothing_of_it(client, letting_index):
    title, _ = head(client, city="Atlantis")
    assert title == f"{letting_index.title} · Orange County Lettings"
