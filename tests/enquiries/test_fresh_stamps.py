"""Every response with the enquiry form carries a stamp made for it, from the page cache
or not, so the minimum fill time holds for cached letting pages; browsers still get
304s, and no shared cache keeps a page with a form."""

import time

import pytest
from django.core import signing
from django.test import Client

from enquiries.models import Enquiry
from enquiries.stamps import MIN_FILL_SECONDS, PLACEHOLDER, SALT, new_stamp
from tests.factories import LettingPageFactory, UserFactory
from tests.pagecache.pages import HIT, MISS, SKIP, cache_status, cached_page
from tests.parsed_html import parsed, texts

from .helpers import form_of, post_enquiry, thanks_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def letting(letting_index):
    return LettingPageFactory()


def stamp_of(response):
    return form_of(response).find(attrs={"name": "stamp"})["value"]


def issued_at(response):
    """When the stamp of `response` was made (whole seconds), checking it is ours."""
    return signing.loads(stamp_of(response), salt=SALT)


def test_a_robot_that_posts_at_once_after_a_cached_page_is_dropped(letting):
    cached_page(Client(), letting.url)
    # The entry is now older than a person needs to fill the form.
    time.sleep(MIN_FILL_SECONDS + 0.2)
    robot = Client()

    page = robot.get(letting.url)
    response = post_enquiry(robot, letting, stamp=stamp_of(page))

    assert cache_status(page) == HIT
    assert response.status_code == 303
    assert response["Location"] == thanks_url(letting)
    assert not Enquiry.objects.exists()


def test_a_person_who_takes_their_time_is_heard_after_a_304(letting):
    visitor = Client()
    page = cached_page(visitor, letting.url)
    time.sleep(MIN_FILL_SECONDS + 0.2)

    not_modified = visitor.get(letting.url, HTTP_IF_NONE_MATCH=page["ETag"])
    # The browser shows its own copy, stamped at the first fetch.
    response = post_enquiry(visitor, letting, stamp=stamp_of(page))

    assert not_modified.status_code == 304
    assert response.status_code == 303
    assert Enquiry.objects.get().letting_id == letting.pk


def test_a_miss_and_a_hit_have_one_weak_etag_and_their_own_stamps(letting):
    visitor = Client()
    miss = visitor.get(letting.url)
    # Stamps count whole seconds.
    time.sleep(1.1)
    hit = cached_page(visitor, letting.url)

    assert cache_status(miss) == MISS
    assert issued_at(hit) > issued_at(miss)
    assert 0 <= time.time() - issued_at(hit) < 2
    for response in (miss, hit):
        assert response["ETag"] == miss["ETag"]
        assert response["ETag"].startswith('W/"')
        assert response["Cache-Control"] == "private, no-cache"


def test_a_published_change_gets_a_new_etag_and_stamp(letting):
    visitor = Client()
    page = cached_page(visitor, letting.url)

    letting.title = "Harbour Loft, renovated"
    letting.save_revision().publish()
    response = visitor.get(letting.url, HTTP_IF_NONE_MATCH=page["ETag"])

    assert response.status_code == 200
    assert response["ETag"] != page["ETag"]
    assert texts(parsed(response).select("h1")) == [letting.title]
    assert issued_at(response) >= issued_at(page)


def test_no_cdn_keeps_a_page_with_the_form(letting, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    visitor = Client()

    with_form = cached_page(visitor, letting.url)
    listing = cached_page(visitor, letting.get_parent().url)

    assert with_form["Cache-Control"] == "private, no-cache"
    assert listing["Cache-Control"].startswith("public")
    assert "s-maxage" in listing["Cache-Control"]


def test_an_editor_gets_a_fresh_stamp_and_no_validator(letting):
    etag = cached_page(Client(), letting.url)["ETag"]
    editor = Client()
    editor.force_login(UserFactory())

    response = editor.get(letting.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert cache_status(response) == SKIP
    assert "ETag" not in response
    assert 0 <= time.time() - issued_at(response) < 2


def test_the_form_is_stamped_with_the_page_cache_off(letting, settings):
    settings.PAGE_CACHE_SECONDS = 0

    response = Client().get(letting.url)

    assert 0 <= time.time() - issued_at(response) < 2


def test_a_form_shown_again_for_its_errors_keeps_its_stamp(letting):
    visitor = Client()
    stamp = new_stamp(time.time() - MIN_FILL_SECONDS - 1)
    posted = post_enquiry(visitor, letting, consent="", stamp=stamp)

    # The box ticked and sent again at once, as a person does.
    response = post_enquiry(visitor, letting, stamp=stamp_of(posted))

    assert posted.status_code == 400
    assert stamp_of(posted) == stamp
    assert response.status_code == 303
    assert Enquiry.objects.exists()


@pytest.mark.parametrize("stamp", ["forged", PLACEHOLDER])
def test_a_form_with_a_stamp_not_ours_is_shown_again_with_a_new_one(letting, stamp):
    response = post_enquiry(Client(), letting, stamp=stamp)

    assert response.status_code == 400
    assert 0 <= time.time() - issued_at(response) < 2
    assert not Enquiry.objects.exists()
