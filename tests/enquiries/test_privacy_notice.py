"""The privacy notice editors maintain: linked from the form's consent line and the
footer when one is chosen and published, left out otherwise."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Site

from enquiries.models import Enquiry, PrivacyNoticeSettings
from tests.factories import LettingPageFactory, PrivacyNoticePageFactory

from .helpers import form_of, post_enquiry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def choose(notice):
    return PrivacyNoticeSettings.objects.create(
        site=Site.objects.get(is_default_site=True), privacy_notice=notice
    )


def links(element):
    return [anchor["href"] for anchor in element.select("a[href]")]


def footer_of(response):
    return BeautifulSoup(response.content, "html.parser").select_one("footer")


def test_the_chosen_notice_is_linked_from_the_form_and_the_footer():
    notice = PrivacyNoticePageFactory()
    choose(notice)
    letting = LettingPageFactory()

    response = Client().get(letting.url)

    assert notice.url in links(form_of(response))
    assert notice.url in links(footer_of(response))
    assert notice.url in links(footer_of(Client().get("/")))


def test_the_notice_page_shows_what_editors_wrote():
    notice = PrivacyNoticePageFactory(body="<p>We keep it <b>a year</b>.</p>")
    response = Client().get(notice.url)
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").select_one("main")
    assert main.select_one("h1").get_text(strip=True) == notice.title
    assert main.select_one(".rich-text b").get_text() == "a year"


@pytest.mark.parametrize("state", ["never chosen", "unpublished", "deleted"])
def test_without_a_notice_to_show_the_links_are_left_out(state):
    if state != "never chosen":
        notice = PrivacyNoticePageFactory()
        choose(notice)
        if state == "unpublished":
            notice.unpublish()
        else:
            notice.delete()
    letting = LettingPageFactory()

    response = Client().get(letting.url)

    assert response.status_code == 200
    assert links(form_of(response)) == []
    assert links(footer_of(response)) == []


def test_the_form_works_without_a_notice():
    letting = LettingPageFactory()
    response = post_enquiry(Client(), letting)
    assert response.status_code == 303
    assert Enquiry.objects.filter(letting=letting).exists()
