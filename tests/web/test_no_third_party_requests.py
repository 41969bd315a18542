"""No page, the admin included, makes the browser fetch anything from another site:
no Gravatar avatars (initials instead), no web fonts or scripts from a CDN."""

from html.parser import HTMLParser

import pytest

from tests.factories import LettingPageFactory, ProfileFactory

pytestmark = pytest.mark.django_db
FETCHED = {("img", "src"), ("script", "src"), ("link", "href"), ("source", "srcset")}


class FetchedAddresses(HTMLParser):
    def __init__(self):
        super().__init__()
        self.addresses = []

    def handle_starttag(self, tag, attrs):
        if tag == "link" and dict(attrs).get("rel") == "canonical":
            return  # an address, never fetched
        for name, value in attrs:
            if (tag, name) in FETCHED and value:
                self.addresses.append(value)


def third_party(html):
    reader = FetchedAddresses()
    reader.feed(html)
    return [a for a in reader.addresses if a.startswith(("http:", "https:", "//"))]


def test_public_pages_fetch_only_from_the_site(client, profile_index):
    letting = LettingPageFactory()
    profile = ProfileFactory()
    for url in ["/", "/lettings/", letting.url, "/profiles/", profile.get_url()]:
        assert third_party(client.get(url).content.decode()) == [], url


def test_the_admin_shows_no_gravatar(admin_client):
    for url in ["/admin/", "/admin/account/", "/admin/users/"]:
        html = admin_client.get(url).content.decode()
        assert third_party(html) == [], url
        assert "gravatar" not in html.lower(), url
