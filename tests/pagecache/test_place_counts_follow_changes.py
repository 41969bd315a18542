"""The cities and states the lettings filters offer, with their counts, are remembered
until the content changes (pagecache/memo.py): the GROUP BY over every letting is not
run again for each visitor, yet a publish shows on the very next request. The admin's
listing, whose lettings depend on who asks, counts afresh every time."""

import pytest
from django.test import Client
from django.urls import reverse

from lettings.models import Address
from tests.factories import AddressFactory, GroupMemberFactory, LettingPageFactory
from tests.signin import verified_login
from tests.site.listing_html import options, parsed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def letting_in(city):
    return LettingPageFactory(address=AddressFactory(city=city, state="CA"))


def city_choices(response):
    return options(parsed(response).select_one("select#id_city"))[1:]


def result_count(response):
    return parsed(response).select_one(".result-count").get_text(" ", strip=True)


def test_a_publish_shows_in_the_place_counts_on_the_next_request(client):
    letting_in("Irvine")
    response = client.get("/lettings/")
    assert city_choices(response) == [("Irvine", "Irvine (1)")]
    assert result_count(response) == "1 letting"

    brea = letting_in("Brea")
    response = client.get("/lettings/")
    assert city_choices(response) == [("Brea", "Brea (1)"), ("Irvine", "Irvine (1)")]
    assert result_count(response) == "2 lettings"

    brea.unpublish()
    response = client.get("/lettings/")
    assert city_choices(response) == [("Irvine", "Irvine (1)")]
    assert result_count(response) == "1 letting"


def test_search_offers_the_place_counts_of_a_publish_on_the_next_request(client):
    letting_in("Irvine")
    search = {"q": "home"}
    assert city_choices(client.get("/search/", search)) == [("Irvine", "Irvine (1)")]
    letting_in("Brea")
    assert city_choices(client.get("/search/", search)) == [
        ("Brea", "Brea (1)"),
        ("Irvine", "Irvine (1)"),
    ]


def test_the_admin_listing_counts_afresh_where_the_public_list_remembers(client):
    letting = letting_in("Irvine")
    # The first render stores the site's enquiry details, a change of its own.
    client.get("/lettings/")
    assert city_choices(client.get("/lettings/")) == [("Irvine", "Irvine (1)")]
    # A bulk update sends no signal: the public list keeps what it remembered (at most
    # MAX_AGE_SECONDS), the admin's listing reads the database.
    Address.objects.filter(pk=letting.address_id).update(city="Brea")
    assert city_choices(client.get("/lettings/")) == [("Irvine", "Irvine (1)")]

    editor = verified_login(Client(), GroupMemberFactory(group="Editors"))
    admin_form = editor.get(reverse("all_lettings:index")).context["filters"].form
    assert list(admin_form.fields["city"].choices)[1:] == [("Brea", "Brea (1)")]
