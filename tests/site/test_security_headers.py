"""Our pages send a strict Content Security Policy; Wagtail's admin keeps its own rules."""

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
        assert "frame-ancestors 'self'" in policy


def test_not_found_pages_too(client, letting_index):
    policy = client.get("/lettings/nothing/")["Content-Security-Policy"]
    assert all(directive in policy for directive in STRICT)


def test_admin_is_left_to_wagtail(client):
    assert "Content-Security-Policy" not in client.get("/admin/login/")
