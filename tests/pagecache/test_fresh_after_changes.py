"""Every change an editor makes shows on the very next request of every page that
shows it, though those pages were cached a moment before."""

import datetime

import pytest
import time_machine
import wagtail_factories
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.models import HomePageFeaturedLetting
from lettings.models import EnquirySettings
from tests.factories import AddressFactory, LettingPageFactory, ProfileFactory

from .pages import HIT, MISS, cache_status, cached_page, text

pytestmark = pytest.mark.django_db

LETTING_URL = "/lettings/seaside-loft/"
# Every page that shows the letting: itself, the lists with and without filters and
# page numbers, home (it is featured), search narrowed by a filter, the sitemap.
SHOWING_THE_LETTING = [
    LETTING_URL,
    "/lettings/",
    "/lettings/?page=1",
    "/lettings/?city=Irvine",
    "/lettings/?city=Irvine&min_bedrooms=2",
    "/",
    "/search/?city=Irvine",
    "/sitemap.xml",
]
SHOWING_THE_PROFILE = ["/profiles/", "/profiles/ada/", "/sitemap.xml"]


@pytest.fixture(autouse=True)
def media_in_tmp(media_root):
    """Every test here may upload or render images."""


@pytest.fixture
def letting(home_page, profile_index):
    letting = LettingPageFactory(
        title="Seaside Loft",
        slug="seaside-loft",
        address=AddressFactory(street="Harbor Way", city="Irvine"),
        listing_image=wagtail_factories.ImageFactory(title="Loft at dusk"),
    )
    HomePageFeaturedLetting.objects.create(page=home_page, letting=letting)
    return letting


@pytest.fixture
def profile(profile_index):
    return ProfileFactory(
        user__username="ada", user__first_name="Ada", user__last_name="Lovelace"
    )


def all_cached(client, urls):
    for url in urls:
        cached_page(client, url)


def next_requests(client, urls):
    """The very next answer for each of `urls`, by URL."""
    return {url: client.get(url) for url in urls}


def test_publishing_an_edit(client, letting):
    all_cached(client, SHOWING_THE_LETTING)

    letting.title = "Seaside Loft, renovated"
    letting.save_revision().publish()

    for url, response in next_requests(client, SHOWING_THE_LETTING[:-1]).items():
        assert "Seaside Loft, renovated" in text(response), url


def test_saving_a_draft_leaves_the_cache_alone(client, letting):
    all_cached(client, SHOWING_THE_LETTING)

    letting.title = "Not published yet"
    letting.save_revision()
    # As Wagtail's lock action saves it.
    letting.locked, letting.locked_at = True, timezone.now()
    letting.save(update_fields=["locked", "locked_at", "locked_by"])

    for url, response in next_requests(client, SHOWING_THE_LETTING).items():
        assert cache_status(response) == HIT, url
        assert "Not published yet" not in text(response)


def test_publishing_a_new_letting(client, letting):
    all_cached(client, SHOWING_THE_LETTING[1:])

    LettingPageFactory(title="Brand New Bungalow", slug="brand-new-bungalow")

    for url, response in next_requests(client, SHOWING_THE_LETTING[1:5]).items():
        assert "Brand New Bungalow" in text(response), url
    assert "/lettings/brand-new-bungalow/" in text(client.get("/sitemap.xml"))


def test_unpublishing(client, letting):
    all_cached(client, SHOWING_THE_LETTING)

    letting.unpublish()

    answers = next_requests(client, SHOWING_THE_LETTING)
    assert answers.pop(LETTING_URL).status_code == 404
    for url, response in answers.items():
        assert "Seaside Loft" not in text(response), url
        assert LETTING_URL not in text(response), url


def test_deleting(client, letting):
    all_cached(client, SHOWING_THE_LETTING)

    letting.delete()

    answers = next_requests(client, SHOWING_THE_LETTING)
    assert answers.pop(LETTING_URL).status_code == 404
    for url, response in answers.items():
        assert "Seaside Loft" not in text(response), url


def test_moving(client, letting, home_page):
    all_cached(client, SHOWING_THE_LETTING)

    letting.move(home_page, pos="last-child")

    assert client.get(LETTING_URL)["Location"] == "/seaside-loft/"
    for url in ("/lettings/", "/lettings/?city=Irvine"):
        assert "Seaside Loft" not in text(client.get(url)), url
    for url in ("/search/?city=Irvine", "/sitemap.xml"):
        html = text(client.get(url))
        assert "/seaside-loft/<" in html or 'href="/seaside-loft/"' in html, url
        assert LETTING_URL not in html, url


def test_copying(client, letting):
    all_cached(client, SHOWING_THE_LETTING[1:5])

    letting.copy(
        update_attrs={"title": "Seaside Loft twin", "slug": "seaside-loft-twin"}
    )

    for url, response in next_requests(client, SHOWING_THE_LETTING[1:5]).items():
        assert "Seaside Loft twin" in text(response), url


def test_editing_the_address(client, letting):
    all_cached(client, [LETTING_URL, "/lettings/", "/lettings/?city=Tustin"])

    address = letting.address
    address.street, address.city = "Main Street", "Tustin"
    address.save()

    assert "Main Street, Tustin" in text(client.get(LETTING_URL))
    assert "Tustin, CA" in text(client.get("/lettings/"))
    assert "Seaside Loft" in text(client.get("/lettings/?city=Tustin"))


def test_editing_an_image(client, letting):
    all_cached(client, [LETTING_URL, "/lettings/", "/"])

    image = letting.listing_image
    image.title = "Loft at dawn"
    image.save()

    for url in (LETTING_URL, "/lettings/", "/"):
        html = text(client.get(url))
        assert 'alt="Loft at dawn"' in html and "Loft at dusk" not in html, url


def test_editing_the_enquiry_details(client, letting, home_page):
    all_cached(client, [LETTING_URL])

    settings = EnquirySettings.for_site(home_page.get_site())
    settings.phone = "949 555 0199"
    settings.save()

    assert "949 555 0199" in text(client.get(LETTING_URL))


def test_promoting_a_search_result(client, letting, home_page):
    assert "Promoted" not in text(client.get("/search/?q=loft"))

    SearchPromotion.objects.create(
        query=Query.get("loft"), page=home_page, description="Promoted: our homes"
    )

    assert "Promoted: our homes" in text(client.get("/search/?q=loft"))


def test_renaming_a_member(client, profile):
    all_cached(client, SHOWING_THE_PROFILE)

    user = profile.user
    user.first_name, user.last_name = "Augusta", "King"
    user.save()

    for url in SHOWING_THE_PROFILE[:2]:
        assert "Augusta King" in text(client.get(url)), url


def test_publishing_and_unpublishing_a_profile(client, profile):
    all_cached(client, SHOWING_THE_PROFILE)

    profile.bio = "Now writing about engines."
    profile.save_revision().publish()
    assert "Now writing about engines." in text(client.get("/profiles/ada/"))

    all_cached(client, SHOWING_THE_PROFILE)
    profile.unpublish()

    assert client.get("/profiles/ada/").status_code == 404
    for url in ("/profiles/", "/sitemap.xml"):
        assert "/profiles/ada/" not in text(client.get(url)), url


def test_deleting_a_profile(client, profile):
    all_cached(client, SHOWING_THE_PROFILE)

    profile.delete()

    assert client.get("/profiles/ada/").status_code == 404
    assert "Ada Lovelace" not in text(client.get("/profiles/"))


def test_a_scheduled_letting_goes_live_with_the_scheduler(client, letting):
    go_live = timezone.now() + datetime.timedelta(hours=1)
    scheduled = LettingPageFactory(title="Coming Soon Cottage", live=False)
    scheduled.go_live_at = go_live
    scheduled.save_revision().publish()
    all_cached(client, ["/lettings/"])
    assert "Coming Soon Cottage" not in text(client.get("/lettings/"))

    with time_machine.travel(go_live + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled")
        html = text(client.get("/lettings/"))

    assert "Coming Soon Cottage" in html


def test_no_entry_outlives_the_next_expiry(client, letting, settings):
    """Visitors stop seeing a letting at its expiry, before the scheduler has run: so a
    page cached before then is not served after, however long the lifetime."""
    settings.PAGE_CACHE_SECONDS = 24 * 60 * 60
    expiry = timezone.now() + datetime.timedelta(hours=1)
    letting.expire_at = expiry
    letting.save_revision().publish()
    all_cached(client, SHOWING_THE_LETTING)

    with time_machine.travel(expiry - datetime.timedelta(minutes=1), tick=False):
        before = next_requests(client, SHOWING_THE_LETTING)
    with time_machine.travel(expiry + datetime.timedelta(seconds=1), tick=False):
        after = next_requests(client, SHOWING_THE_LETTING)
        call_command("publish_scheduled")
        unpublished = next_requests(Client(), SHOWING_THE_LETTING)

    assert {cache_status(response) for response in before.values()} == {HIT}
    # The letting's own page is gone at its expiry, before the scheduler has run.
    assert after.pop(LETTING_URL).status_code == 404
    assert {cache_status(response) for response in after.values()} == {MISS}
    assert unpublished.pop(LETTING_URL).status_code == 404
    for url, response in unpublished.items():
        assert "Seaside Loft" not in text(response), url


def test_no_entry_outlives_the_end_of_the_let_agreed_days(client, letting, settings):
    """A let agreed letting leaves the lists at midnight after its last day, with no
    edit to mark it: a page cached before then is not served after."""
    settings.PAGE_CACHE_SECONDS = 7 * 24 * 60 * 60
    letting.let_agreed_on = timezone.localdate() - datetime.timedelta(days=1)
    letting.let_agreed_days = 2
    letting.save_revision().publish()
    letting.refresh_from_db()
    lists = [url for url in SHOWING_THE_LETTING if url != LETTING_URL]
    all_cached(client, SHOWING_THE_LETTING)

    end = letting.delisted_at
    with time_machine.travel(end - datetime.timedelta(minutes=1), tick=False):
        before = next_requests(client, SHOWING_THE_LETTING)
    with time_machine.travel(end + datetime.timedelta(seconds=1), tick=False):
        after = next_requests(client, SHOWING_THE_LETTING)

    assert {cache_status(response) for response in before.values()} == {HIT}
    assert {cache_status(response) for response in after.values()} == {MISS}
    # Its own page still answers, for those who saved the link.
    assert after[LETTING_URL].status_code == 200
    for url in lists:
        assert "Seaside Loft" not in text(after[url]), url
