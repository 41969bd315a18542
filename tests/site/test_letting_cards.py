"""A letting card is one link (the title's, stretched over the card) and shows what a
renter chooses by, on the lettings list, the home page, search and similar lettings."""

import datetime

import pytest

from home.models import HomePageFeaturedLetting
from tests.factories import LettingPageFactory
from tests.site.letting_html import cards, facts, parsed_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def townhouse():
    return LettingPageFactory(
        title="Harbour Townhouse",
        monthly_rent=3100,
        bedrooms=3,
        bathrooms=2.5,
        property_type="townhouse",
        available_from=datetime.date(2099, 6, 1),
        pets_allowed=True,
    )


@pytest.fixture
def no_pets():
    return LettingPageFactory(title="Quiet Flat", pets_allowed=False)


def card_of(html, title):
    (card,) = [
        card
        for card in cards(html)
        if card.select_one(".card__title").get_text(strip=True) == title
    ]
    return card


def assert_one_link_named_by_its_title(card, letting):
    (link,) = card.find_all("a")
    assert link.get_text(strip=True) == letting.title
    assert link["href"] == letting.url
    assert link.find_parent(class_="card__title") is not None
    assert card.find_all(["button", "input", "select", "textarea"]) == []
    assert card.find_all(attrs={"tabindex": True}) == []


def test_a_card_is_one_link_with_the_facts(client, townhouse, no_pets):
    html = parsed_page(client, "/lettings/")
    card = card_of(html, "Harbour Townhouse")
    assert_one_link_named_by_its_title(card, townhouse)
    assert facts(card) == {
        "Rent": "$3,100/month",
        "Bedrooms": "3",
        "Bathrooms": "2.5",
        "Type": "Townhouse",
        "Available": "From June 1, 2099",
        "Pets": "Pets welcome",
    }
    assert "Pets" not in facts(card_of(html, "Quiet Flat"))


def test_the_home_page_shows_the_same_card(client, home_page, townhouse):
    HomePageFeaturedLetting.objects.create(page=home_page, letting=townhouse)
    card = card_of(parsed_page(client, "/"), "Harbour Townhouse")
    assert_one_link_named_by_its_title(card, townhouse)
    assert facts(card)["Type"] == "Townhouse"


def test_search_shows_the_same_card(client, townhouse):
    card = card_of(parsed_page(client, "/search/?q=harbour"), "Harbour Townhouse")
    assert_one_link_named_by_its_title(card, townhouse)
    assert facts(card)["Pets"] == "Pets welcome"
