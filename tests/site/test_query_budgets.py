"""Every public page costs a fixed number of queries, however many lettings there are.

Renditions are made when the images are saved; each page is requested to warm the
caches, then counted. The site, the sections (menu, breadcrumbs, the visibility rule,
view restrictions) come from memos kept until the content changes (pagecache/memo.py):
what is counted is a page's own content, plus the site root's specific page and, below
it, one query a level of routing. Every public page stays within 10.
"""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePageFeaturedLetting
from tests.factories import LettingPageFactory, ProfileFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    """These count the queries of rendering a page, not of answering from the cache."""
    settings.PAGE_CACHE_SECONDS = 0


def queries_for(client, url):
    # Twice: a first render may store what it lacked (the site's enquiry details), a
    # change in itself, after which the next request reloads the memos once
    # (tests/pagecache/test_memos_follow_changes.py counts that request).
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def lettings_with_images(count):
    return [
        LettingPageFactory(listing_image=wagtail_factories.ImageFactory())
        for _ in range(count)
    ]


def test_lettings_index(client):
    lettings_with_images(2)
    few = queries_for(client, "/lettings/")
    lettings_with_images(12)
    assert queries_for(client, "/lettings/") == few
    # The cities and states of the filters, with their counts, are remembered until the
    # content changes; unfiltered, their sum is the number of lettings: no count.
    assert few == 5
    # Filtered, the lettings that match are counted.
    filtered = "/lettings/?city=Irvine&min_bedrooms=1&page=2"
    assert queries_for(client, filtered) == few + 1


def test_home_page_with_featured_lettings(client, home_page):
    def feature(lettings):
        for letting in lettings:
            HomePageFeaturedLetting.objects.create(page=home_page, letting=letting)

    feature(lettings_with_images(1))
    few = queries_for(client, "/")
    feature(lettings_with_images(5))
    assert queries_for(client, "/") == few
    # The sections it lists come from the remembered sections.
    assert few == 4


def test_letting_page_does_not_grow_with_its_gallery_or_similar_lettings(client):
    letting = LettingPageFactory(listing_image=wagtail_factories.ImageFactory())

    def add(count):
        for _ in range(count):
            letting.gallery_images.create(image=wagtail_factories.ImageFactory())
        letting.save_revision().publish()
        # In the letting's city and price band: each one a similar letting.
        lettings_with_images(count)

    add(3)
    few = queries_for(client, letting.url)
    add(6)
    assert queries_for(client, letting.url) == few
    assert letting.gallery_images.count() == 9
    # The gallery: its rows with their images, the images' renditions. Similar
    # lettings: the cards, their renditions.
    assert few == 8


def test_a_letting_with_few_alike_looks_once_beyond_its_city_and_band(client):
    letting = LettingPageFactory(listing_image=wagtail_factories.ImageFactory())
    letting.gallery_images.create(image=wagtail_factories.ImageFactory())
    letting.save_revision().publish()
    lettings_with_images(2)
    assert queries_for(client, letting.url) == 8 + 1


def test_profiles_index(client, profile_index):
    def profiles(count):
        for _ in range(count):
            ProfileFactory(photo=wagtail_factories.ImageFactory())

    profiles(2)
    few = queries_for(client, "/profiles/")
    profiles(20)
    assert queries_for(client, "/profiles/") == few
    assert few == 5


def test_profile_page(client, profile_index):
    profile = ProfileFactory(photo=wagtail_factories.ImageFactory())
    assert queries_for(client, f"/profiles/{profile.username}/") == 4
