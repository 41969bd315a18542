"""Editors pin results to a query; the results appear apart from the organic ones, and
every search is recorded so editors see what visitors look for."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import (
    Query,
    QueryDailyHits,
    SearchPromotion,
)

from tests.factories import LettingPageFactory
from tests.parsed_html import listing_rows, parsed, texts
from tests.site.listing_html import card_titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def garage_loft():
    return LettingPageFactory(title="Garage Loft", summary="A loft over a garage.")


@pytest.fixture
def promotions(garage_loft):
    query = Query.get("parking")
    SearchPromotion.objects.create(
        query=query,
        page=garage_loft,
        description="Two covered spaces.",
        sort_order=0,
    )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.com/permits",
        external_link_text="City parking permits",
        sort_order=1,
    )


def promotions_shown(response):
    """(title, address, description) of each promoted result, in order."""
    return [
        (
            texts([promotion.select_one(".promotion__title")])[0],
            promotion.select_one(".promotion__title")["href"],
            texts(promotion.select(".promotion__description")),
        )
        for promotion in parsed(response).select("section.promotions li.promotion")
    ]


def test_promoted_results_come_apart_before_the_organic_ones(client, promotions):
    LettingPageFactory(title="Parking Lot Studio")
    response = client.get("/search/", {"q": "  Parking "})
    assert promotions_shown(response) == [
        ("Garage Loft", "/lettings/garage-loft/", ["Two covered spaces."]),
        ("City parking permits", "https://example.com/permits", []),
    ]
    assert card_titles(parsed(response).select_one("ol.search-results")) == [
        "Parking Lot Studio"
    ]


def test_a_promoted_page_no_longer_live_is_not_shown(client, promotions, garage_loft):
    garage_loft.unpublish()
    assert promotions_shown(client.get("/search/", {"q": "parking"})) == [
        ("City parking permits", "https://example.com/permits", [])
    ]


def test_each_search_is_recorded_once(client):
    client.get("/search/", {"q": "Sea View"})
    client.get("/search/", {"q": "sea   view!"})
    client.get("/search/", {"q": "sea view", "page": 2})
    client.get("/search/", {"q": "   "})
    client.get("/search/", {"city": "Irvine"})
    assert [(query.query_string, query.hits) for query in Query.objects.all()] == [
        ("sea view", 2)
    ]


def test_editors_see_what_visitors_search_for(client, admin_client):
    for _ in range(3):
        client.get("/search/", {"q": "pet friendly"})
    response = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert any(row.startswith("pet friendly") for row in listing_rows(response))


def test_the_daily_clean_up_forgets_old_hits_and_unpinned_queries(promotions):
    old = Query.get("old news")
    QueryDailyHits.objects.create(
        query=old, date=timezone.localdate() - datetime.timedelta(days=30), hits=4
    )
    call_command("searchpromotions_garbage_collect", stdout=io.StringIO())
    assert list(Query.objects.values_list("query_string", flat=True)) == ["parking"]
