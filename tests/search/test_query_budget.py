"""A search costs a fixed number of queries, however many lettings and profiles match.

Each URL is requested once to warm the rendition cache and record the query, then
counted (renditions are made when the images are saved).
"""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import LettingPageFactory, ProfileFactory

pytestmark = pytest.mark.django_db


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


def matching_content(lettings, profiles):
    for _ in range(lettings):
        LettingPageFactory(
            summary="By the heron pond.", listing_image=wagtail_factories.ImageFactory()
        )
    for _ in range(profiles):
        ProfileFactory(bio="Heron spotter.", photo=wagtail_factories.ImageFactory())


def test_results_page_does_not_grow_with_matching_content(client, profile_index):
    matching_content(lettings=2, profiles=2)
    few = queries_for(client, "/search/?q=heron&page=1")
    matching_content(lettings=12, profiles=6)
    # 14 lettings, then 8 profiles: page 2 shows lettings 11 to 14 and profiles 1 to 6.
    assert queries_for(client, "/search/?q=heron&page=2") == few
    # Page 1 shows lettings only: no query for profiles or their photos' renditions.
    assert queries_for(client, "/search/?q=heron&page=1") == few - 2
    # A new search (no page number) is also recorded, in three queries.
    assert queries_for(client, "/search/?q=heron") == few - 2 + 3 == 9
    # The filters' cities and states are remembered until the content changes.
    assert few == 8


def test_filtered_results_page_does_not_grow_with_matching_lettings(client):
    matching_content(lettings=2, profiles=0)
    few = queries_for(client, "/search/?q=heron&city=Irvine&min_bedrooms=1")
    matching_content(lettings=12, profiles=0)
    assert queries_for(client, "/search/?q=heron&city=Irvine&min_bedrooms=1") == few
    # With a filter on no profile matches: nothing is asked about them.
    assert few == 7


def test_suggestions_do_not_grow_with_matching_content(client, profile_index):
    matching_content(lettings=2, profiles=2)
    few = queries_for(client, "/search/suggest/?q=her")
    matching_content(lettings=12, profiles=6)
    assert queries_for(client, "/search/suggest/?q=her") == few
    assert few == 2
