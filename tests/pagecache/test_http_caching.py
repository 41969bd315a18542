"""What cached pages tell browsers and a CDN, and the 304s for conditional requests."""

import pytest
from django.test import Client

from tests.factories import LettingPageFactory, UserFactory

from .pages import HIT, cache_status, cached_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def letting(letting_index):
    return LettingPageFactory()


def test_browsers_revalidate_and_caches_key_on_cookies(client, letting):
    for response in (client.get(letting.url), cached_page(client, letting.url)):
        assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
        assert response["Vary"] == "Cookie"
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"].endswith("GMT")


def test_a_cdn_keeps_pages_only_when_it_is_purged(client, letting, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }

    response = client.get(letting.url)

    assert response["Cache-Control"] == (
        "public, max-age=0, must-revalidate, s-maxage=600"
    )


def test_an_unchanged_page_answers_304(client, letting):
    etag = cached_page(client, letting.url)["ETag"]

    response = client.get(letting.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert cache_status(response) == HIT


def test_not_modified_since_answers_304_for_get_and_head(client, letting):
    last_modified = cached_page(client, letting.url)["Last-Modified"]

    for answer in (client.get, client.head):
        response = answer(letting.url, HTTP_IF_MODIFIED_SINCE=last_modified)
        assert response.status_code == 304


def test_a_changed_page_answers_200_with_a_new_etag(client, letting):
    etag = cached_page(client, letting.url)["ETag"]

    letting.title = "Renamed"
    letting.save_revision().publish()
    response = client.get(letting.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_the_same_content_keeps_its_etag_across_unrelated_changes(client, letting):
    etag = cached_page(client, letting.url)["ETag"]

    UserFactory()
    response = client.get(letting.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304


def test_personal_answers_are_private(letting):
    member = Client()
    member.force_login(UserFactory())

    response = member.get(letting.url)

    assert response["Cache-Control"] == "private, no-cache"
    assert "ETag" not in response
