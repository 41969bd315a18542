"""Every answer carries Permissions-Policy and one framing rule (only our own pages may
frame ours); the admin enforces a policy as strict as Wagtail allows."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import LettingPageFactory
from tests.signin import verified_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def answers(client, profile_index):
    letting = LettingPageFactory()
    paths = {
        "home": "/",
        "lettings list": "/lettings/",
        "letting": letting.url,
        "profiles": "/profiles/",
        "search": "/search/?q=home",
        "suggestions": "/search/suggest/?q=ho",
        "not found": "/no/such/page/",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
        "health": "/healthz/",
        "static file": "/static/css/site.css",
        "admin login": "/admin/login/",
        "admin redirect": "/admin/",
    }
    return {name: client.get(path) for name, path in paths.items()}


def test_every_answer_switches_off_the_features_we_never_use(answers):
    for name, response in answers.items():
        policy = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert feature in policy, name


def test_nothing_may_frame_our_pages_in_either_header(answers):
    for name, response in answers.items():
        if not response["Content-Type"].startswith("text/html"):
            continue
        assert response["X-Frame-Options"] == "DENY", name
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"], name


def test_the_preview_panel_may_frame_the_preview_and_says_so_in_both(client):
    letting = LettingPageFactory()
    boss = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    verified_login(client, boss)

    response = client.get(
        reverse("wagtailadmin_pages:preview_on_edit", args=[letting.pk])
    )

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_the_admin_policy_keeps_everything_but_inline_scripts_strict(answers):
    policy = answers["admin login"]["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))

    assert directives["script-src"] == "'self' 'unsafe-inline'"
    assert directives["style-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["connect-src"] == "'self'"
