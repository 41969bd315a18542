"""A fresh `migrate` leaves a working site for the importer and the editors."""

from wagtail.models import Site

from home.models import HomePage
from lettings.models import LettingIndexPage
from profiles.models import ProfileIndexPage


def test_home_page_is_the_default_site_root(db):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.live


def test_sections_answer_at_their_legacy_urls(client, db):
    assert LettingIndexPage.objects.get().url == "/lettings/"
    assert ProfileIndexPage.objects.get().url == "/profiles/"
    for url in ("/", "/lettings/", "/profiles/"):
        assert client.get(url).status_code == 200


def test_tree_is_consistent(db):
    home = HomePage.objects.get()
    assert home.get_children().count() == home.numchild == 2
    assert home.get_parent().numchild == 1
