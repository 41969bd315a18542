"""Anonymous GET and HEAD requests of public pages come from the cache after the first."""

import pytest
from pytest_django.asserts import assertContains

from home.models import HomePageFeaturedLetting
from tests.factories import LettingPageFactory, ProfileFactory

from .pages import HIT, MISS, cache_status, cached_page, page_content

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_content(home_page, profile_index):
    letting = LettingPageFactory(title="Seaside Loft")
    HomePageFeaturedLetting.objects.create(page=home_page, letting=letting)
    profile = ProfileFactory(user__username="ada")
    return letting, profile


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/lettings/",
        "/lettings/?page=2",
        "/lettings/?city=Irvine&min_bedrooms=1",
        "/lettings/seaside-loft/",
        "/profiles/",
        "/profiles/ada/",
        "/search/",
        "/search/?city=Irvine",
        "/search/suggest/?q=sea",
        "/sitemap.xml",
        "/robots.txt",
    ],
)
def test_public_pages_are_served_from_the_cache(client, site_content, url):
    first = client.get(url)
    assert first.status_code == 200
    assert cache_status(first) == MISS

    hit = cached_page(client, url)

    assert page_content(hit) == page_content(client.get(url))
    assert hit["Content-Type"] == first["Content-Type"]


def test_a_hit_is_the_page_as_rendered(client, site_content):
    rendered = client.get("/lettings/seaside-loft/")
    hit = cached_page(client, "/lettings/seaside-loft/")

    assert page_content(hit) == page_content(rendered)
    assertContains(hit, "<h1>Seaside Loft</h1>", html=True)
    assert hit["Content-Security-Policy"] == rendered["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == rendered["X-Frame-Options"]


def test_head_is_answered_from_the_entry_of_get(client, site_content):
    page = cached_page(client, "/lettings/")

    head = client.head("/lettings/")

    assert cache_status(head) == HIT
    assert head.content == b""
    assert head["Content-Length"] == str(len(page.content))
    assert head["ETag"] == page["ETag"]


def test_the_order_of_query_parameters_makes_no_other_page(client, site_content):
    cached_page(client, "/lettings/?city=Irvine&min_bedrooms=1")

    response = client.get("/lettings/?min_bedrooms=1&city=Irvine")

    assert cache_status(response) == HIT


def test_each_filter_and_page_number_is_its_own_page(client, site_content):
    cached_page(client, "/lettings/?city=Irvine")

    for url in ("/lettings/?city=Tustin", "/lettings/?city=Irvine&page=2"):
        assert cache_status(client.get(url)) == MISS


def test_a_page_is_not_served_for_another_host(client, site_content):
    cached_page(client, "/lettings/")

    response = client.get("/lettings/", HTTP_HOST="other.example.com")

    assert cache_status(response) == MISS


def test_switched_off_by_a_lifetime_of_zero(client, site_content, settings):
    settings.PAGE_CACHE_SECONDS = 0

    responses = [client.get("/lettings/") for _ in range(3)]

    assert [cache_status(response) for response in responses] == [None] * 3
    assert all("Cache-Control" not in response for response in responses)
