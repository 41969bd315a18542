"""Editors may rename any section: every address follows the page tree, so the pages,
the main menu, the breadcrumbs, the sitemap and search all move with the new slug."""

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
