"""Visitors browse the lettings section and read a letting."""

import datetime

import pytest
from pytest_django.asserts import assertContains

from tests.factories import AddressFactory, LettingPageFactory
from tests.parsed_html import parsed
from tests.site.listing_html import card_titles
from tests.site.public_surfaces import mentions, shown_strings

pytestmark = pytest.mark.django_db


def test_draft_letting_is_not_public(client, letting_index):
    letting = LettingPageFactory(live=False)
    assert client.get(f"/lettings/{letting.slug}/").status_code == 404
    assert not mentions(shown_strings(client.get("/lettings/")), letting.title)


def test_index_lists_live_lettings_newest_first(client):
    older = LettingPageFactory(title="Older")
    newer = LettingPageFactory(title="Newer")
    older.first_published_at = newer.first_published_at - datetime.timedelta(days=1)
    older.save()
    response = client.get("/lettings/")
    assert card_titles(parsed(response)) == ["Newer", "Older"]
    assertContains(
        response, '<p class="result-count" role="status">2 lettings</p>', html=True
    )


def test_index_shows_twelve_a_page(client):
    LettingPageFactory.create_batch(13)
    first = client.get("/lettings/")
    second = client.get("/lettings/?page=2")
    assert len(first.context["lettings_page"].object_list) == 12
    assert len(second.context["lettings_page"].object_list) == 1
    current = parsed(second).select_one("nav.pagination [aria-current=page]")
    assert current.get_text(strip=True) == "2"


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", ""])
def test_any_page_number_gives_a_page(client, page):
    LettingPageFactory.create_batch(2)
    response = client.get(f"/lettings/?page={page}")
    assert response.status_code == 200
    assert response.context["lettings_page"].number in (1, 1)


def test_filters_narrow_the_list(client):
    LettingPageFactory(title="Cheap Irvine", monthly_rent=1800, bedrooms=1)
    LettingPageFactory(title="Big Irvine", monthly_rent=5200, bedrooms=4)
    LettingPageFactory(
        title="Laguna Loft",
        address=AddressFactory(city="Laguna Beach"),
        monthly_rent=2600,
        bedrooms=2,
    )
    titles = lambda query: {  # noqa: E731
        letting.title
        for letting in client.get(f"/lettings/?{query}").context["lettings_page"]
    }
    assert titles("city=irvine") == {"Cheap Irvine", "Big Irvine"}
    assert titles("max_rent=3000") == {"Cheap Irvine", "Laguna Loft"}
    assert titles("min_bedrooms=2&max_rent=3000") == {"Laguna Loft"}
    assert titles("state=ca&city=Laguna+Beach") == {"Laguna Loft"}


def test_pagination_keeps_the_filters(client):
    LettingPageFactory.create_batch(13, monthly_rent=1000)
    page = parsed(client.get("/lettings/?max_rent=2000"))
    links = {link["href"] for link in page.select("nav.pagination a")}
    assert "?max_rent=2000&page=2" in links


def test_empty_states_say_what_to_do(client, letting_index):
    assertContains(
        client.get("/lettings/"),
        "<p>There are no homes to let right now. Please check back soon.</p>",
        html=True,
    )
    LettingPageFactory(monthly_rent=4000)
    filtered = client.get("/lettings/?max_rent=100")
    assertContains(filtered, "<h2>No lettings match</h2>", html=True)
    assertContains(filtered, '<a href="/lettings/">clear the filters</a>', html=True)


def test_unknown_letting_is_a_designed_404(client, letting_index):
    response = client.get("/lettings/no-such-home/")
    assertContains(
        response, "<h1>We couldn't find that page</h1>", status_code=404, html=True
    )
