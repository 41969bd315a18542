"""The seam for a part of a cached page that must be new in every response (a signed
timestamp in a form, say): a hook rewrites it in each body sent."""

import itertools

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory
from wagtail import hooks

from pagecache.hooks import HOOK_NAME
from pagecache.middleware import rewrite_in_place
from tests.factories import LettingPageFactory, UserFactory

from .pages import HIT, cache_status, cached_page, text

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


def test_each_response_gets_its_own_value(numbered_footer, letting_index):
    letting = LettingPageFactory()
    visitor = Client()
    cached_page(visitor, letting.url)

    first, second = visitor.get(letting.url), visitor.get(letting.url)

    assert cache_status(first) == cache_status(second) == HIT
    assert text(first) != text(second)
    assert "No. " in text(first) and "No. " in text(second)
    assert first["Content-Length"] == str(len(first.content))


def test_a_rewritten_page_is_kept_by_no_other_cache(numbered_footer, letting_index):
    letting = LettingPageFactory()
    visitor = Client()
    etag = cached_page(visitor, letting.url).get("ETag")

    response = visitor.get(letting.url, HTTP_IF_NONE_MATCH='"anything"')

    assert etag is None and "ETag" not in response
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-cache"


def test_pages_for_editors_are_rewritten_too(numbered_footer, letting_index):
    letting = LettingPageFactory()
    editor = Client()
    editor.force_login(UserFactory())

    assert "No. " in text(editor.get(letting.url))


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
