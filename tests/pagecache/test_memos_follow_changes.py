"""The memos every page reads (the site and the sections: pagecache/memo.py) never
outlive what they hold. With the page cache off, a page rendered from the memos shows a
change to a section on the very next request."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.factories import LettingPageFactory, ProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def links(response, selector):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [(link.get_text(), link["href"]) for link in soup.select(f"{selector} a")]


def menu(client):
    return [href for _, href in links(client.get("/"), "nav.site-nav")]


def result_links(client, query):
    return [href for _, href in links(client.get("/search/", {"q": query}), "main")]


def latest(section):
    return Page.objects.get(pk=section.pk).specific


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_renamed_section_is_renamed_on_the_next_request(client, letting_index):
    letting = LettingPageFactory(slug="plover-lodge")
    assert menu(client) == ["/lettings/", "/profiles/"]
    assert links(client.get(letting.url), "nav.breadcrumb")[0][1] == "/lettings/"

    section = latest(letting_index)
    section.title, section.slug = "Homes to rent", "homes"
    section.save_revision().publish()

    assert menu(client) == ["/homes/", "/profiles/"]
    letting_page = client.get("/homes/plover-lodge/")
    assert links(letting_page, "nav.breadcrumb") == [("Homes to rent", "/homes/")]


def test_an_unpublished_section_leaves_on_the_next_request(client, profile_index):
    profile = ProfileFactory(bio="Heron spotter.")
    profile_url = f"/profiles/{profile.username}/"
    assert menu(client) == ["/lettings/", "/profiles/"]
    assert profile_url in result_links(client, "heron")

    latest(profile_index).unpublish()
    assert menu(client) == ["/lettings/"]
    assert profile_url not in result_links(client, "heron")
    assert client.get(profile_url).status_code == 404

    latest(profile_index).save_revision().publish()
    assert menu(client) == ["/lettings/", "/profiles/"]
    assert profile_url in result_links(client, "heron")


def test_a_restricted_section_is_hidden_on_the_next_request(client, letting_index):
    letting = LettingPageFactory(title="Plover Lodge")
    assert letting.url in result_links(client, "plover")
    assert client.get("/lettings/").status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=letting_index,
        restriction_type=PageViewRestriction.PASSWORD,
        password="sesame",
    )
    assert menu(client) == ["/profiles/"]
    assert letting.url not in result_links(client, "plover")
    soup = BeautifulSoup(client.get(letting.url).content.decode(), "html.parser")
    assert soup.select("input[name=password]")

    restriction.delete()
    assert menu(client) == ["/lettings/", "/profiles/"]
    assert letting.url in result_links(client, "plover")
    assert client.get(letting.url).status_code == 200


def test_a_section_leaves_at_its_expiry_with_no_change_to_tell(client, profile_index):
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        section = latest(profile_index)
        section.expire_at = now + datetime.timedelta(minutes=10)
        section.save_revision().publish()
        assert menu(client) == ["/lettings/", "/profiles/"]
        # The first render stores the site's settings it lacked: a change in itself.
        client.get("/")
        warm = queries_for(client, "/")
    # Within the hour Wagtail keeps the sites' root paths in the cache, which would
    # cost a query more of its own.
    with time_machine.travel(now + datetime.timedelta(minutes=20), tick=False):
        # Answered from the same memo (no query more), by the rule at this moment.
        assert queries_for(client, "/") == warm
        assert menu(client) == ["/lettings/"]


def test_after_a_change_one_request_reloads_the_memos(client, letting_index):
    letting = LettingPageFactory()
    # The first render stores the site's settings it lacked: a change in itself.
    client.get("/")
    client.get("/")
    warm = queries_for(client, "/")
    letting.title = "Plover Lodge, repainted"
    letting.save_revision().publish()
    # The site, the sites' root paths, the sections (pages, then restrictions) and the
    # footer's privacy notice setting.
    assert queries_for(client, "/") == warm + 5
    assert queries_for(client, "/") == warm
