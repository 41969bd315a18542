"""One spelling, US English, on the pages visitors read and the admin editors use."""

import re

import pytest
from django.urls import reverse

from lettings.models import EnquirySettings
from tests.factories import LettingPageFactory, ProfileFactory
from tests.parsed_html import parsed

pytestmark = pytest.mark.django_db

BRITISH = re.compile(
    r"neighbour|favourite|colour|centre|organis|licence|catalogue|enquiry details",
    re.IGNORECASE,
)


def british_words(response):
    return sorted(set(BRITISH.findall(response.content.decode())))


def test_profiles_say_favorite_city(client, profile_index):
    profile = ProfileFactory(favorite_city="Irvine")
    for url in ["/profiles/", profile.get_url(), "/search/?q=Irvine"]:
        html = client.get(url).content.decode()
        assert "Favorite city" in html, url
        assert "Favourite" not in html, url


def test_no_british_spelling_on_public_pages(client, profile_index):
    letting = LettingPageFactory(
        title="Harbor View",
        body=[("heading", {"text": "Close to the beach", "size": "h2"})],
    )
    profile = ProfileFactory(favorite_city="Irvine")
    urls = [
        "/",
        "/lettings/",
        letting.url,
        "/profiles/",
        profile.get_url(),
        "/search/?q=Irvine",
        "/no-such-page/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert british_words(response) == [], url


def test_no_british_spelling_in_the_admin(admin_client, home_page):
    letting = LettingPageFactory()
    settings_url = reverse(
        "wagtailsettings:edit",
        args=["lettings", "enquirysettings", home_page.get_site().pk],
    )
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[letting.pk]),
        reverse("all_lettings:index"),
        settings_url,
    ]
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert british_words(response) == [], url
    # The settings are named as a US reader expects.
    assert EnquirySettings._meta.verbose_name == "contact details for viewings"
    heading = parsed(admin_client.get(settings_url)).select_one("h1")
    assert heading.get_text(strip=True) == "Editing: Contact details for viewings"
