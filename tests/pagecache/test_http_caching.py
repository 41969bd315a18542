"""What cached pages tell browsers and a CDN, and the 304s for conditional requests."""

import pytest
from django.test import Client

from tests.factories import LettingPageFactory, UserFactory

from .pages import HIT, cache_status, cached_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def letting(letting_index):
    return LettingPageFactory()


@pytest.fixture
def url(letting, letting_index):
    """The list that shows `letting`: a page with no part made per response (a
    letting's own page has its enquiry form, tests/enquiries/test_fresh_stamps.py)."""
    return letting_index.url


def test_browsers_revalidate_and_caches_key_on_cookies(client, url):
    for response in (client.get(url), cached_page(client, url)):
        assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
        assert response["Vary"] == "Cookie"
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"].endswith("GMT")


def test_a_cdn_keeps_pages_only_when_it_is_purged(client, url, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }

    response = client.get(url)

    assert response["Cache-Control"] == (
        "public, max-age=0, must-revalidate, s-maxage=600"
    )


def test_an_unchanged_page_answers_304(client, url):
    etag = cached_page(client, url)["ETag"]

    response = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert cache_status(response) == HIT


def test_not_modified_since_answers_304_for_get_and_head(client, url):
    last_modified = cached_page(client, url)["Last-Modified"]

    for answer in (client.get, client.head):
        response = answer(url, HTTP_IF_MODIFIED_SINCE=last_modified)
        assert response.status_code == 304


def test_a_changed_page_answers_200_with_a_new_etag(client, letting, url):
    etag = cached_page(client, url)["ETag"]

    letting.title = "Renamed"
    letting.save_revision().publish()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_the_same_content_keeps_its_etag_across_unrelated_changes(client, url):
    etag = cached_page(client, url)["ETag"]

    UserFactory()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304


def test_personal_answers_are_private(url):
    member = Client()
    member.force_login(UserFactory())

    response = member.get(url)

    assert response["Cache-Control"] == "private, no-cache"
    assert "ETag" not in response
