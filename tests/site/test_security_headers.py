"""Our pages send a strict Content Security Policy; Wagtail's admin its own (see
tests/security/test_headers.py)."""

import pytest

from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db

STRICT = ("script-src 'self'", "style-src 'self'", "default-src 'self'")


def test_public_pages_send_a_strict_policy(client, profile_index):
    letting = LettingPageFactory()
    for url in ("/", "/lettings/", letting.url, "/profiles/", "/search/?q=x"):
        policy = client.get(url)["Content-Security-Policy"]
        assert all(directive in policy for directive in STRICT), url
        assert "'unsafe-inline'" not in policy
        assert "object-src 'none'" in policy
        assert "frame-ancestors 'none'" in policy


def test_not_found_pages_too(client, letting_index):
    policy = client.get("/lettings/nothing/")["Content-Security-Policy"]
    assert all(directive in policy for directive in STRICT)


def test_admin_gets_its_own_policy_and_the_strict_one_report_only(client):
    response = client.get("/admin/login/")
    assert "script-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]
    report_only = response["Content-Security-Policy-Report-Only"]
    assert all(directive in report_only for directive in STRICT)
