"""The home page's "Explore" list: the sections visitors may see, in the tree's order,
read from the remembered sections and fresh on the request after a change."""

import pytest
from wagtail.models import Page, PageViewRestriction

from tests.parsed_html import parsed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def explored(client):
    html = parsed(client.get("/"))
    return [
        (link.get_text(strip=True), link["href"])
        for link in html.select("ul.sections a")
    ]


def latest(section):
    return Page.objects.get(pk=section.pk).specific


def test_the_visible_sections_in_tree_order(client, letting_index, profile_index):
    assert explored(client) == [
        (letting_index.title, "/lettings/"),
        (profile_index.title, "/profiles/"),
    ]


def test_a_hidden_section_leaves_the_list_on_the_next_request(
    client, letting_index, profile_index
):
    latest(profile_index).unpublish()
    assert explored(client) == [(letting_index.title, "/lettings/")]
    PageViewRestriction.objects.create(
        page=letting_index, restriction_type=PageViewRestriction.LOGIN
    )
    assert explored(client) == []


def test_a_renamed_section_is_renamed_on_the_next_request(client, letting_index):
    explored(client)
    section = latest(letting_index)
    section.title, section.slug = "Homes to rent", "homes"
    section.save_revision().publish()
    assert explored(client)[0] == ("Homes to rent", "/homes/")
