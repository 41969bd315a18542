"""Each letting suggests up to three others visitors may see, in its city or within a
fifth of its rent: those in both first, then its city, then the nearest rent."""

import datetime
import math

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from lettings.models import LettingPage
from tests.factories import AddressFactory, LettingPageFactory
from tests.site.letting_html import card_titles, parsed_page

pytestmark = pytest.mark.django_db


def letting(title, city="Irvine", rent=2500):
    return LettingPageFactory(
        title=title, address=AddressFactory(city=city), monthly_rent=rent
    )


def similar_titles(client, shown):
    section = parsed_page(client, shown.url).select_one("section.similar")
    return card_titles(section) if section else []


def test_same_city_or_price_band_excluding_itself(client):
    home = letting("Home", city="Irvine", rent=3000)
    letting("Irvine, dearer", city="Irvine", rent=9000)
    letting("Tustin, in the band", city="Tustin", rent=3500)
    letting("Tustin, too cheap", city="Tustin", rent=2000)
    letting("Tustin, too dear", city="Tustin", rent=3700)
    assert similar_titles(client, home) == ["Irvine, dearer", "Tustin, in the band"]


def test_both_first_then_the_city_then_the_nearest_rent(client):
    home = letting("Home", city="Irvine", rent=3000)
    letting("Band only, near", city="Tustin", rent=3100)
    letting("City only", city="irvine", rent=6000)
    letting("Band only, far", city="Tustin", rent=3500)
    letting("Both", city="Irvine", rent=2800)
    assert similar_titles(client, home) == ["Both", "City only", "Band only, near"]


def test_a_letting_of_unknown_rent_is_matched_by_city(client):
    home = letting("Home", city="Irvine", rent=None)
    letting("Irvine", city="Irvine", rent=2500)
    letting("Tustin", city="Tustin", rent=None)
    assert similar_titles(client, home) == ["Irvine"]


def test_hidden_lettings_are_never_suggested(client, letting_index):
    home = letting("Home")
    letting("Shown")
    LettingPageFactory(title="Draft", live=False)
    expired = letting("Expired")
    LettingPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    for restriction in (PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN):
        private = letting(f"Private {restriction}")
        PageViewRestriction.objects.create(
            page=private, restriction_type=restriction, password="s3cret"
        )
    assert similar_titles(client, home) == ["Shown"]


def test_none_alike_shows_no_section(client):
    home = letting("Home", city="Irvine", rent=3000)
    letting("Elsewhere", city="Tustin", rent=9000)
    assert similar_titles(client, home) == []


def test_the_choice_is_that_of_sorting_every_letting():
    """Read along the rent index, the suggestions are those a sort of every other
    letting gives: with ties of rent, unknown rents, cities in any case and lettings on
    the edges of the band."""
    cities = ["Irvine", "IRVINE", "Tustin", "Brea"]
    rents = [None, 2000, 2400, 2500, 2500, 2600, 3000, 3000, 3125, 3600, 9000]
    # Every city meets every rent (4 and 11 share no factor), twice over nearly.
    for number in range(40):
        letting(f"L{number}", city=cities[number % 4], rent=rents[number % 11])
    lettings = list(LettingPage.objects.select_related("address"))

    for shown in lettings:
        found = LettingPage.objects.listed().similar_to(shown, 3)
        assert [other.pk for other in found] == sorted_by_likeness(shown, lettings)[:3]


def sorted_by_likeness(shown, lettings):
    """The pks of the other `lettings` in `shown`'s city or price band, most alike
    first, worked out in Python."""
    rent = shown.monthly_rent

    def same_city(other):
        return other.address.city.upper() == shown.address.city.upper()

    def in_band(other):
        return (
            rent is not None
            and other.monthly_rent is not None
            and rent * 0.8 <= other.monthly_rent <= rent * 1.2
        )

    def likeness(other):
        closeness = 0 if same_city(other) and in_band(other) else 1
        closeness += 0 if same_city(other) else 1
        unknown = rent is None or other.monthly_rent is None
        gap = math.inf if unknown else abs(other.monthly_rent - rent)
        return (closeness, gap, -other.first_published_at.timestamp(), -other.pk)

    alike = [
        other
        for other in lettings
        if other.pk != shown.pk and (same_city(other) or in_band(other))
    ]
    return [other.pk for other in sorted(alike, key=likeness)]
