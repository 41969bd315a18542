"""Visitors browse the lettings section and read a letting."""

import datetime

import pytest
from pytest_django.asserts import assertContains, assertInHTML, assertNotContains

from tests.factories import AddressFactory, LettingPageFactory
from tests.site.listing_html import listed

pytestmark = pytest.mark.django_db


def test_letting_page_shows_what_a_renter_reads(client):
    letting = LettingPageFactory(
        title="Harbour View Cottage",
        address=AddressFactory(number=41, street="Bay Street", city="Newport Beach"),
        monthly_rent=3450,
        bedrooms=0,
        bathrooms=1.5,
        available_from=datetime.date(2027, 1, 15),
        pets_allowed=True,
    )
    response = client.get(letting.url)
    assertContains(response, "<h1>Harbour View Cottage</h1>", html=True)
    assertContains(
        response,
        '<p class="letting__address">41 Bay Street, Newport Beach, CA 92618</p>',
        html=True,
    )
    html = response.content.decode()
    for fact in [
        "<div><dt>Rent</dt><dd>$3,450/month</dd></div>",
        "<div><dt>Bedrooms</dt><dd>Studio</dd></div>",
        "<div><dt>Bathrooms</dt><dd>1.5</dd></div>",
        "<div><dt>Available</dt><dd>From 15 January 2027</dd></div>",
        "<div><dt>Pets</dt><dd>Welcome</dd></div>",
    ]:
        assertInHTML(fact, html)


def test_unknown_facts_read_on_request(client):
    letting = LettingPageFactory(monthly_rent=None, bedrooms=None, bathrooms=None)
    response = client.get(letting.url)
    html = response.content.decode()
    assertInHTML("<div><dt>Rent</dt><dd>On request</dd></div>", html)
    assertInHTML("<div><dt>Bedrooms</dt><dd>On request</dd></div>", html)
    assertContains(response, "<dd>On request</dd>", count=2, html=True)
    assertNotContains(response, "Bathrooms")


def test_draft_letting_is_not_public(client, letting_index):
    letting = LettingPageFactory(live=False)
    assert client.get(f"/lettings/{letting.slug}/").status_code == 404
    assertNotContains(client.get("/lettings/"), letting.title)


def test_index_lists_live_lettings_newest_first(client):
    older = LettingPageFactory(title="Older")
    newer = LettingPageFactory(title="Newer")
    older.first_published_at = newer.first_published_at - datetime.timedelta(days=1)
    older.save()
    assert listed(client) == ["Newer", "Older"]
    assertContains(
        client.get("/lettings/"),
        '<p class="result-count" role="status">2 lettings</p>',
        html=True,
    )


def test_index_shows_twelve_a_page(client):
    LettingPageFactory.create_batch(13)
    first = client.get("/lettings/")
    second = client.get("/lettings/?page=2")
    assert len(first.context["lettings_page"].object_list) == 12
    assert len(second.context["lettings_page"].object_list) == 1
    assertContains(second, '<a href="?page=2" aria-current="page">2</a>', html=True)


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
    response = client.get("/lettings/?max_rent=2000")
    assertContains(response, '<a href="?max_rent=2000&amp;page=2">2</a>', html=True)
    assertContains(
        response,
        '<a href="?max_rent=2000&amp;page=2" rel="next">'
        'Next<span class="visually-hidden"> page</span></a>',
        html=True,
    )


def test_empty_states_say_what_to_do(client, letting_index):
    assertContains(
        client.get("/lettings/"),
        "<p>There are no homes to let right now. Please check back soon.</p>",
        html=True,
    )
    LettingPageFactory(monthly_rent=4000)
    response = client.get("/lettings/?max_rent=100")
    assertContains(response, "<h2>No lettings match</h2>", html=True)
    assertContains(response, '<a href="/lettings/">clear the filters</a>', html=True)


def test_unknown_letting_is_a_designed_404(client, letting_index):
    response = client.get("/lettings/no-such-home/")
    assertContains(
        response, "<h1>We couldn't find that page</h1>", status_code=404, html=True
    )
