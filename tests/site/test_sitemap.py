"""Search engines find every public letting and profile, and nothing else."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import LettingPageFactory, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_live_pages_and_profiles(client, profile_index):
    shown = LettingPageFactory(title="Shown Home")
    hidden = LettingPageFactory(title="Draft Home", live=False)
    ProfileFactory(user=UserFactory(username="public.member"))
    ProfileFactory(user=UserFactory(username="drafty"), live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert f"{shown.url}</loc>" in xml
    assert "/profiles/public.member/</loc>" in xml
    assert "/lettings/</loc>" in xml
    assert hidden.slug not in xml and "drafty" not in xml


def test_sitemap_costs_the_same_whatever_the_size(client, profile_index, settings):
    # Rendering is counted, not the page cache; the first request warms Wagtail's cache
    # of the sites' root paths.
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/sitemap.xml")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap.xml").status_code == 200
        return len(captured)

    LettingPageFactory.create_batch(2)
    ProfileFactory()
    few = queries()
    LettingPageFactory.create_batch(10)
    ProfileFactory.create_batch(5)
    assert queries() == few


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_drafts(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    for path in ("/admin/", "/search/", "/share/"):
        assert f"Disallow: {path}" in text


def test_sitemap_addresses_use_the_configured_public_host(client, settings):
    """The Site record still says localhost, as a fresh database does."""
    settings.WAGTAILADMIN_BASE_URL = "https://lettings.example.com"
    LettingPageFactory(title="Shown Home")

    xml = client.get("/sitemap.xml").content.decode()

    assert "<loc>https://lettings.example.com/lettings/shown-home/</loc>" in xml
    assert "localhost" not in xml
