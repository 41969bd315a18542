"""A cache that fails is a miss, never an error page, and never hides a change."""

import socket

import pytest
import redis
from django.core.cache import caches
from django.test import Client

from pagecache.generation import settle_after_commit
from tests.factories import LettingPageFactory

from .pages import HIT, MISS, cache_status, cached_page, text
from .servers import redis_server

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed_port():
    """A loopback port nothing listens on: connections to it are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def private_redis(settings):
    """The site's cache in a redis-server of our own; yields a client to it."""
    with redis_server() as url:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": url,
            }
        }
        yield redis.Redis.from_url(url)
        caches["default"].close()


def test_an_entry_that_cannot_be_read_is_a_miss(letting_index, private_redis):
    letting = LettingPageFactory(title="Still Standing")
    visitor = Client()
    cached_page(visitor, letting.url)
    [entry_key] = private_redis.keys("*pagecache:page:*")
    private_redis.set(entry_key, b"\x80 not a pickle")

    responses = [visitor.get(letting.url) for _ in range(2)]

    assert [response.status_code for response in responses] == [200, 200]
    assert all("<h1>Still Standing</h1>" in text(r) for r in responses)
    # The miss stores the page again.
    assert [cache_status(response) for response in responses] == [MISS, HIT]


def test_changes_made_while_it_was_down_are_never_hidden(
    settings, letting_index, closed_port
):
    """A change committed while the cache could not be told keeps this process off the
    cache until the new generation is stored, then pages are cached again."""
    letting = LettingPageFactory(title="Before")
    visitor = Client()
    cached_page(visitor, letting.url)
    reachable = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }
    settle_after_commit(force=True)
    caches["default"].close()
    settings.CACHES = reachable

    assert cache_status(visitor.get(letting.url)) != HIT
    assert cache_status(cached_page(visitor, letting.url)) == HIT
