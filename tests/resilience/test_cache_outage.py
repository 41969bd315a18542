"""Redis down or hung: every page is served uncached, `/healthz/` says "degraded",
sessions survive, and the outage is logged once, not once a request."""

import logging

import pytest
import redis
from django.core.cache import cache

from oc_lettings_site import cache as resilient_cache
from tests.factories import (
    GroupMemberFactory,
    LettingPageFactory,
    ProfileFactory,
    UserFactory,
)

from .faults import closed_port, redis_cache

pytestmark = pytest.mark.django_db

OUTAGE_LOGGER = "oc_lettings_site.cache"


@pytest.fixture(autouse=True)
def fresh_outages(monkeypatch):
    """Each test starts with every cache believed healthy."""
    monkeypatch.setattr(resilient_cache.Outage, "_by_location", {})


@pytest.fixture
def public_pages(profile_index):
    letting = LettingPageFactory(title="Harbour Loft")
    ProfileFactory(user=UserFactory(username="dana"))
    return [
        "/",
        "/lettings/",
        letting.url,
        "/profiles/",
        "/profiles/dana/",
        "/search/?q=loft",
    ]


def outage_records(caplog):
    return [r for r in caplog.records if r.name == OUTAGE_LOGGER]


def test_pages_are_served_when_nothing_listens_on_the_redis_port(
    client, settings, public_pages, caplog
):
    settings.CACHES = redis_cache(closed_port())

    for url in public_pages * 2:
        assert client.get(url).status_code == 200, url

    [record] = outage_records(caplog)
    assert record.levelno == logging.WARNING
    assert "serving uncached" in record.getMessage()


def test_a_hung_redis_is_waited_for_once_then_left_alone(
    client, settings, public_pages, silent_redis, caplog
):
    settings.CACHES = redis_cache(silent_redis.port)

    for url in public_pages * 2:
        assert client.get(url).status_code == 200, url

    # One connection timed out; every later look-up skipped the server.
    assert len(silent_redis.accepted) == 1
    assert len(outage_records(caplog)) == 1


def test_healthz_reports_the_cache_degraded_but_answers_200(client, settings):
    settings.CACHES = redis_cache(closed_port())

    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": {"default": "ok"},
        "cache": "degraded",
    }


def test_signed_in_editors_stay_signed_in_without_redis(client, settings):
    editor = GroupMemberFactory(group="Editors", username="eddie")
    settings.CACHES = redis_cache(closed_port())

    client.force_login(editor)

    assert client.get("/admin/").status_code == 200


def test_the_cache_api_degrades_to_misses(settings):
    settings.CACHES = redis_cache(closed_port())

    assert cache.set("key", "value") is None
    assert cache.get("key", "fallback") == "fallback"
    assert cache.add("key", "value") is False
    assert cache.get_many(["key"]) == {}
    assert cache.set_many({"key": "value"}) == []
    assert cache.has_key("key") is False
    assert cache.touch("key") is False
    assert cache.delete("key") is False
    assert cache.delete_many(["key"]) is None
    assert cache.clear() is False
    with pytest.raises(ValueError):
        cache.incr("counter")


def test_a_real_redis_stopped_mid_test_then_restarted(
    client, settings, public_pages, own_redis, caplog, monkeypatch
):
    settings.CACHES = redis_cache(own_redis.port)
    monkeypatch.setattr(resilient_cache, "RETRY_AFTER", 0.0)
    assert client.get("/healthz/").json()["cache"] == "ok"
    assert client.get("/").status_code == 200
    # Wagtail's site root paths, the page's renditions and the session are in Redis.
    assert redis.Redis(port=own_redis.port).dbsize() > 0

    own_redis.stop()
    for url in public_pages:
        assert client.get(url).status_code == 200, url
    assert client.get("/healthz/").json()["cache"] == "degraded"

    own_redis.start()
    assert client.get("/healthz/").json()["cache"] == "ok"
    down, up = outage_records(caplog)
    assert "serving uncached" in down.getMessage()
    assert "answers again" in up.getMessage()
