"""Each letting suggests up to three others visitors may see, in its city or within a
fifth of its rent: those in both first, then its city, then the nearest rent."""

import datetime

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
