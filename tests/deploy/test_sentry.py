"""Sentry: started only with a DSN, one event per crash, tagged with environment and
release, and nothing personal in it."""

import json

import pytest
import sentry_sdk
from django.test import RequestFactory

from oc_lettings_site.sentry import init_sentry
from tests.factories import UserFactory
from tests.sentry_capture import UNREACHABLE_DSN, serve_like_gunicorn

from .production_process import describe_production


@pytest.mark.filterwarnings("ignore:The send_default_pii option is deprecated")
@pytest.mark.urls("tests.deploy.crash_urls")
@pytest.mark.django_db
def test_a_crash_in_a_view_sends_one_event_without_personal_data(
    client, sentry_transport
):
    member = UserFactory(username="private.member", email="private.member@example.com")
    client.force_login(member)
    client.cookies["preference"] = "cookie-value-that-must-stay-here"
    cookie_header = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    environ = (
        RequestFactory()
        .get("/crash/", HTTP_COOKIE=cookie_header, HTTP_X_FORWARDED_FOR="203.0.113.9")
        .environ
    )

    status = serve_like_gunicorn(environ)

    assert status == "500 Internal Server Error"
    [event] = sentry_transport.events()
    assert event["environment"] == "staging"
    assert event["release"] == "0123abcd"
    assert event["exception"]["values"][-1]["type"] == "RuntimeError"
    assert event["request"]["url"] == "http://testserver/crash/"
    assert "cookies" not in event["request"]
    assert event["request"]["headers"]["Cookie"] == "[Filtered]"
    assert not event.get("user")
    sent = json.dumps(event)
    for personal in (
        client.session.session_key,
        "cookie-value-that-must-stay-here",
        "private.member",
        "203.0.113.9",
    ):
        assert personal not in sent


def test_without_a_dsn_sentry_does_not_start():
    assert (
        init_sentry("", environment="production", release="", traces_sample_rate=0.0)
        is False
    )
    assert not sentry_sdk.get_client().is_active()


def test_production_starts_sentry_from_the_environment():
    production = describe_production(
        SENTRY_DSN=UNREACHABLE_DSN,
        SENTRY_ENVIRONMENT="review",
        SENTRY_RELEASE="4567cdef",
        SENTRY_TRACES_SAMPLE_RATE="0.25",
    )
    sentry = production["sentry"]

    assert sentry["active"] is True
    assert sentry["environment"] == "review"
    assert sentry["release"] == "4567cdef"
    assert sentry["send_default_pii"] is False
    assert sentry["traces_sample_rate"] == 0.25
    assert "django" in sentry["integrations"]


def test_production_without_a_dsn_runs_without_sentry(default_production):
    assert default_production["sentry"]["active"] is False
