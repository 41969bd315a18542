"""Each page names one address for search engines: on the public host, without filters
or sorting, with the page number past the first."""

import pytest

from tests.factories import LettingPageFactory, ProfileFactory
from tests.web.documents import canonical, read_head

pytestmark = pytest.mark.django_db
HOST = "https://lettings.example.com"


def canonical_of(client, url):
    return canonical(read_head(client.get(url)))


def test_a_letting_is_its_own_address_on_the_public_host(client):
    letting = LettingPageFactory(slug="sunny-flat")
    assert canonical_of(client, letting.url) == f"{HOST}/lettings/sunny-flat/"


def test_the_home_page(client):
    assert canonical_of(client, "/") == f"{HOST}/"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", "/lettings/"),
        ("?city=Irvine&min_bedrooms=1", "/lettings/"),
        ("?page=1", "/lettings/"),
        ("?page=2", "/lettings/?page=2"),
        ("?city=Irvine&page=2", "/lettings/?page=2"),
        ("?page=nonsense", "/lettings/"),
        ("?page=-2", "/lettings/"),
    ],
)
def test_the_lettings_list_drops_filters_and_keeps_later_pages(client, query, expected):
    for _ in range(13):
        LettingPageFactory()
    assert canonical_of(client, f"/lettings/{query}") == HOST + expected


def test_a_profile(client, profile_index):
    profile = ProfileFactory(user__username="jo.doe")
    assert canonical_of(client, "/profiles/jo.doe/?utm_source=x") == (
        f"{HOST}/profiles/jo.doe/"
    )
    assert profile.get_url() == "/profiles/jo.doe/"
