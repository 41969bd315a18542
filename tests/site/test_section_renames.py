"""Editors may rename any section: every address follows the page tree, so the pages,
the main menu, the breadcrumbs, the sitemap and search all move with the new slug, and
the old addresses redirect to the new ones."""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests.factories import LettingPageFactory, ProfileFactory, UserFactory
from tests.site.public_surfaces import sitemap_locations

pytestmark = pytest.mark.django_db


def hrefs(response, selector):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [link["href"] for link in soup.select(f"{selector} a[href]")]


def rename(section, slug):
    """As an editor would: a new revision with the new slug, published."""
    page = Page.objects.get(pk=section.pk).specific
    page.slug = slug
    page.save_revision().publish()


@pytest.fixture
def content(letting_index, profile_index):
    letting = LettingPageFactory(title="Plover Lodge")
    # A username with the characters Wagtail's own page pattern refuses.
    ProfileFactory(user=UserFactory(username="jo.doe", last_name="Plover"))
    return letting


@pytest.mark.parametrize(
    "section_name, new_slug", [("lettings", "homes"), ("profiles", "members")]
)
def test_everything_follows_a_renamed_section(
    client, content, letting_index, profile_index, section_name, new_slug
):
    rename(
        {"lettings": letting_index, "profiles": profile_index}[section_name], new_slug
    )
    lettings = "homes" if section_name == "lettings" else "lettings"
    profiles = "members" if section_name == "profiles" else "profiles"
    letting_url, profile_url = f"/{lettings}/plover-lodge/", f"/{profiles}/jo.doe/"

    letting_page = client.get(letting_url)
    profile_page = client.get(profile_url)
    assert (letting_page.status_code, profile_page.status_code) == (200, 200)
    assert client.get(f"/{profiles}/").status_code == 200
    assert hrefs(client.get("/"), "nav.site-nav") == [f"/{lettings}/", f"/{profiles}/"]
    assert hrefs(letting_page, "nav.breadcrumb") == [f"/{lettings}/"]
    assert hrefs(profile_page, "nav.breadcrumb") == [f"/{profiles}/"]
    paths = {
        location.split("/", 3)[3]
        for location in sitemap_locations(client.get("/sitemap.xml"))
    }
    assert {f"{lettings}/plover-lodge/", f"{profiles}/jo.doe/"} <= paths
    assert not any(path.startswith(f"{section_name}/") for path in paths)
    results = hrefs(client.get("/search/", {"q": "plover"}), "main")
    assert letting_url in results and profile_url in results
    suggested = client.get("/search/suggest/", {"q": "plov"}).json()["suggestions"]
    assert {suggestion["url"] for suggestion in suggested} == {letting_url, profile_url}


@pytest.mark.parametrize(
    "section_name, new_slug", [("lettings", "homes"), ("profiles", "members")]
)
def test_old_addresses_redirect_to_the_renamed_section(
    client,
    content,
    letting_index,
    profile_index,
    section_name,
    new_slug,
    django_capture_on_commit_callbacks,
):
    """Wagtail makes the redirects once the rename is committed: one for the section
    and each page below it, and one for each profile the profiles section serves."""
    ProfileFactory(user=UserFactory(username="sam+lets@home.example"))
    with django_capture_on_commit_callbacks(execute=True):
        rename(
            {"lettings": letting_index, "profiles": profile_index}[section_name],
            new_slug,
        )
    old_addresses = {
        "lettings": ["/lettings/", "/lettings/plover-lodge/"],
        "profiles": [
            "/profiles/",
            "/profiles/jo.doe/",
            "/profiles/sam+lets@home.example/",
        ],
    }[section_name]
    for old_address in old_addresses:
        response = client.get(old_address)
        new_address = old_address.replace(section_name, new_slug, 1)
        assert (response.status_code, response["Location"]) == (301, new_address)
        assert client.get(new_address).status_code == 200, new_address


def feed_links(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ElementTree.fromstring(response.content)  # noqa: S314 (our own feed)
    self_link = rss.find("channel/{http://www.w3.org/2005/Atom}link").get("href")
    items = [item.findtext("link") for item in rss.findall("channel/item")]
    return rss.findtext("channel/link"), self_link, items


def test_the_feed_follows_a_renamed_lettings_section(client, content, letting_index):
    before = feed_links(client.get("/lettings/feed/"))
    rename(letting_index, "homes")

    moved = client.get("/lettings/feed/")
    assert (moved.status_code, moved["Location"]) == (301, "/homes/feed/")
    channel, self_link, items = feed_links(client.get("/homes/feed/"))
    assert [channel, self_link] == [
        before[0].replace("/lettings/", "/homes/"),
        before[1].replace("/lettings/", "/homes/"),
    ]
    assert [item.split("/", 3)[3] for item in items] == ["homes/plover-lodge/"]


def test_the_feed_answers_before_a_letting_named_feed(client, content):
    LettingPageFactory(title="Feed", slug="feed")
    channel, _, items = feed_links(client.get("/lettings/feed/"))
    assert len(items) == 2


def test_a_rename_no_signal_told_is_routed_as_the_tree_says(client, content):
    """Sections are routed from the remembered sections (home/models.py), which a bulk
    update cannot reach: each is read again by its slug, so the old address no longer
    answers and the new one does, as Wagtail's own route would have it."""
    # The sections are remembered (after the first render, which stores the site's
    # enquiry details: a change, so the second reloads the memos).
    for _ in range(2):
        assert client.get("/").status_code == 200
    Page.objects.filter(slug="lettings").update(slug="homes")

    assert client.get("/lettings/plover-lodge/").status_code == 404
    assert client.get("/homes/plover-lodge/").status_code == 200
