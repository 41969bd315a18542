"""A letting marked "let agreed" keeps its place on the lists, with a ribbon, for the
days its editor chose; then it leaves every list, while its page still answers (with
the ribbon) and takes no more enquiries."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from enquiries.models import Enquiry
from home.models import HomePageFeaturedLetting
from lettings.models import LettingPage
from tests.enquiries.helpers import form_of, post_enquiry, signed_in
from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db

LISTS = ["/", "/lettings/", "/search/?city=Irvine"]


def let_agreed(title, days_ago, days):
    return LettingPageFactory(
        title=title,
        let_agreed_on=timezone.localdate() - datetime.timedelta(days=days_ago),
        let_agreed_days=days,
    )


def ribbons(response):
    page = BeautifulSoup(response.content, "html.parser")
    return page.select(".let-agreed-ribbon")


def header_ribbons(response):
    """The letting's own ribbon, not those of the similar lettings' cards."""
    page = BeautifulSoup(response.content, "html.parser")
    return page.select(".letting__header .let-agreed-ribbon")


def card_titles(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in page.select(".card .card__title")]


@pytest.fixture
def lettings(home_page):
    found = {
        "open": LettingPageFactory(title="Open Lodge"),
        "in_grace": let_agreed("Grace Villa", days_ago=3, days=7),
        "past_grace": let_agreed("Gone Cottage", days_ago=8, days=7),
    }
    for letting in found.values():
        HomePageFeaturedLetting.objects.create(page=home_page, letting=letting)
    return found


def test_the_last_listed_day_ends_at_midnight_site_time(letting_index):
    letting = let_agreed("Midnight Flat", days_ago=0, days=7)
    moment = timezone.localtime(letting.delisted_at)
    assert moment.date() == timezone.localdate() + datetime.timedelta(days=7)
    assert moment.time() == datetime.time.min
    letting.let_agreed_on = None
    letting.save_revision().publish()
    assert LettingPage.objects.get(pk=letting.pk).delisted_at is None


def test_a_day_still_to_come_is_refused(letting_index):
    letting = LettingPageFactory()
    letting.let_agreed_on = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        letting.full_clean()
    assert "let_agreed_on" in refused.value.message_dict


def test_lists_keep_it_with_a_ribbon_during_its_days(client, lettings):
    for url in LISTS:
        response = client.get(url)
        titles = card_titles(response)
        assert "Grace Villa" in titles and "Open Lodge" in titles, url
        assert "Gone Cottage" not in titles, url
        # One ribbon: the let agreed card's, none on the open one.
        assert len(ribbons(response)) == 1, url
    assert set(LettingPage.objects.listed().values_list("title", flat=True)) == {
        "Open Lodge",
        "Grace Villa",
    }


def test_past_its_days_its_page_answers_with_the_ribbon_and_no_form(client, lettings):
    gone = lettings["past_grace"]
    response = client.get(gone.url)
    assert response.status_code == 200
    (ribbon,) = header_ribbons(response)
    assert ribbon.get_text(strip=True) == "Let agreed"
    assert form_of(response) is None
    # Still in its days: the ribbon, and the form.
    in_grace = client.get(lettings["in_grace"].url)
    assert len(header_ribbons(in_grace)) == 1 and form_of(in_grace) is not None


def test_enquiries_are_refused_past_its_days_and_taken_before(lettings):
    refused = post_enquiry(Client(), lettings["past_grace"])
    assert refused.status_code == 410
    assert not Enquiry.objects.exists()
    taken = post_enquiry(Client(), lettings["in_grace"])
    assert taken.status_code == 303
    assert list(Enquiry.objects.values_list("letting__title", flat=True)) == [
        "Grace Villa"
    ]


def test_the_admin_listing_shows_and_filters_let_agreed_lettings(lettings):
    editor, _ = signed_in("Editors")
    url = reverse("all_lettings:index")

    def titles(**params):
        response = editor.get(url, params)
        assert response.status_code == 200
        return {page.title for page in response.context["pages"]}

    assert titles(let_agreed="no") == {"Open Lodge"}
    assert titles(let_agreed="listed") == {"Grace Villa"}
    assert titles(let_agreed="delisted") == {"Gone Cottage"}
    assert titles(let_agreed="bogus") >= {"Open Lodge", "Grace Villa", "Gone Cottage"}
    page = BeautifulSoup(editor.get(url).content, "html.parser")
    headings = [th.get_text(strip=True) for th in page.select("table thead th")]
    assert "Let agreed" in headings


def test_the_editor_offers_the_let_agreed_fields(lettings):
    editor, _ = signed_in("Editors")
    response = editor.get(
        reverse("wagtailadmin_pages:edit", args=[lettings["open"].pk])
    )
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("input[name=let_agreed_on]") is not None
    assert page.select_one("input[name=let_agreed_days]") is not None


def test_days_left_empty_are_the_default(letting_index):
    letting = LettingPageFactory()
    letting.let_agreed_days = None
    letting.full_clean()
    assert letting.let_agreed_days == LettingPage.LET_AGREED_DAYS
