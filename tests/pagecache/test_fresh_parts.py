"""The seam for a part of a cached page that must be new in every response (a signed
timestamp in a form, say): a hook rewrites it in each body sent."""

import itertools
import time

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.utils.http import http_date
from wagtail import hooks

from lettings.models import LettingPage
from pagecache.hooks import HOOK_NAME
from pagecache.middleware import rewrite_in_place
from tests.factories import LettingPageFactory, UserFactory

from .pages import HIT, MISS, SKIP, cache_status, cached_page, text

pytestmark = pytest.mark.django_db

PLACEHOLDER = b"Homes to rent across Orange County, California.</p>"


@pytest.fixture
def numbered_footer():
    """A hook that stamps each response's footer with a new number."""
    numbers = itertools.count(1)

    def stamp(request, body):
        if PLACEHOLDER in body:
            return body.replace(PLACEHOLDER, b"No. %d</p>" % next(numbers))
        return None

    with hooks.register_temporarily(HOOK_NAME, stamp):
        yield


@pytest.fixture
def url(letting_index):
    """A page with no part of its own made per response (a letting has its form)."""
    LettingPageFactory()
    return letting_index.url


def cached_etag(url):
    """The page's own ETag, as the cache sends it when no hook rewrites it."""
    return cached_page(Client(), url)["ETag"]


def test_each_response_gets_its_own_value(numbered_footer, url):
    visitor = Client()
    cached_page(visitor, url)

    first, second = visitor.get(url), visitor.get(url)

    assert cache_status(first) == cache_status(second) == HIT
    assert text(first) != text(second)
    assert "No. " in text(first) and "No. " in text(second)
    assert first["Content-Length"] == str(len(first.content))


def test_a_rewritten_page_is_kept_by_no_shared_cache(numbered_footer, url, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }

    for response in (Client().get(url), cached_page(Client(), url)):
        assert response["Cache-Control"] == "private, no-cache"
        assert response["Vary"] == "Cookie"
        assert "Last-Modified" not in response


def test_a_rewritten_page_keeps_the_entry_etag_made_weak(url):
    etag = cached_etag(url)

    with hooks.register_temporarily(HOOK_NAME, lambda request, body: body + b" "):
        responses = [Client().get(url) for _ in range(2)]

    assert etag.startswith('"')
    assert [cache_status(response) for response in responses] == [HIT, HIT]
    assert {response["ETag"] for response in responses} == {"W/" + etag}


def test_a_miss_and_a_hit_have_one_etag_and_their_own_values(numbered_footer, url):
    visitor = Client()
    miss = visitor.get(url)
    hit = cached_page(visitor, url)

    assert cache_status(miss) == MISS
    assert miss["ETag"] == hit["ETag"] and miss["ETag"].startswith('W/"')
    assert text(miss) != text(hit)


@pytest.mark.parametrize(
    "if_none_match",
    ["{etag}", "{strong}", '"other", {etag}', '"other",{strong}', "*"],
    ids=["weak", "strong-form", "list", "list-no-space", "star"],
)
def test_the_browser_copy_is_revalidated_by_weak_comparison(
    numbered_footer, url, if_none_match
):
    visitor = Client()
    etag = cached_page(visitor, url)["ETag"]
    sent = if_none_match.format(etag=etag, strong=etag.removeprefix("W/"))

    for answer in (visitor.get, visitor.head):
        response = answer(url, HTTP_IF_NONE_MATCH=sent)
        assert response.status_code == 304
        assert response.content == b""
        assert response["ETag"] == etag
        assert response["Cache-Control"] == "private, no-cache"
        assert cache_status(response) == HIT


def test_another_etag_gets_the_page_with_a_new_value(numbered_footer, url):
    visitor = Client()
    page = cached_page(visitor, url)

    response = visitor.get(url, HTTP_IF_NONE_MATCH='"other", W/"another"')

    assert response.status_code == 200
    assert response["ETag"] == page["ETag"]
    assert "No. " in text(response) and text(response) != text(page)


def test_a_date_alone_does_not_revalidate_a_rewritten_page(numbered_footer, url):
    visitor = Client()
    page = cached_page(visitor, url)

    response = visitor.get(url, HTTP_IF_MODIFIED_SINCE=http_date(time.time() + 60))

    assert response.status_code == 200
    assert text(response) != text(page)


def test_head_of_a_rewritten_page(numbered_footer, url):
    visitor = Client()
    page = cached_page(visitor, url)

    head = visitor.head(url)

    assert head.status_code == 200 and head.content == b""
    assert head["Content-Length"] == str(len(page.content))
    assert head["ETag"] == page["ETag"]
    assert head["Cache-Control"] == "private, no-cache"


def test_a_changed_page_gets_a_new_etag(numbered_footer, url):
    visitor = Client()
    etag = cached_page(visitor, url)["ETag"]

    letting = LettingPage.objects.get()
    letting.title = "Renamed"
    letting.save_revision().publish()
    response = visitor.get(url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag and response["ETag"].startswith('W/"')
    assert "Renamed" in text(response)


def test_a_page_for_an_editor_is_never_revalidated(numbered_footer, url):
    etag = cached_page(Client(), url)["ETag"]
    editor = Client()
    editor.force_login(UserFactory())

    response = editor.get(url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert cache_status(response) == SKIP
    assert "ETag" not in response
    assert "No. " in text(response)


def test_pages_for_editors_are_rewritten_too(numbered_footer, url):
    editor = Client()
    editor.force_login(UserFactory())

    assert "No. " in text(editor.get(url))


@pytest.mark.parametrize(
    "said, sent",
    [
        ("no-store", "no-store"),
        ("private, no-store", "private, no-store"),
        ("max-age=60", "private, no-cache"),
        (None, "private, no-cache"),
    ],
)
def test_a_rewritten_response_keeps_no_store(numbered_footer, said, sent):
    response = HttpResponse(PLACEHOLDER)
    if said:
        response["Cache-Control"] = said
    response["ETag"] = '"v1"'

    rewritten = rewrite_in_place(RequestFactory().get("/"), response)

    assert rewritten.content == b"No. 1</p>"
    assert rewritten["Cache-Control"] == sent
    assert "ETag" not in rewritten
