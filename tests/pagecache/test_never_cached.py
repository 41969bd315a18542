"""What the page cache never stores nor serves: the admin, drafts, personal answers,
writes, answers that forbid it, and searches that are counted."""

import pytest
from django.test import Client
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from editorial.models import ShareLink
from tests.factories import LettingPageFactory, UserFactory

from .pages import HIT, SKIP, cache_status, cached_page, text

pytestmark = pytest.mark.django_db


def never_from_cache(client, url, times=3, **extra):
    responses = [client.get(url, **extra) for _ in range(times)]
    assert all(cache_status(response) != HIT for response in responses), url
    return responses[-1]


def test_the_admin(client):
    never_from_cache(client, "/admin/login/")


def test_share_links_show_each_visitor_the_draft_itself(client, letting_index):
    letting = LettingPageFactory(title="Draft Cove", live=False)
    link = ShareLink.objects.create(revision=letting.save_revision())

    response = never_from_cache(client, link.get_absolute_url())

    assert "Draft Cove" in text(response)
    assert response["Cache-Control"] == "private, no-store"


def test_answers_that_forbid_caching(client):
    response = never_from_cache(client, "/healthz/")

    assert "no-store" in response["Cache-Control"]


def test_not_found_pages(client, letting_index):
    response = never_from_cache(client, "/lettings/no-such-home/")

    assert response.status_code == 404
    assert response["Cache-Control"] == "private, no-cache"


def test_searches_with_words_are_counted_every_time(client, letting_index):
    LettingPageFactory(title="Heron Pond House")

    response = never_from_cache(client, "/search/?q=heron")

    assert "Heron Pond House" in text(response)
    assert Query.get("heron").hits == 3


def test_writes_are_passed_on_and_not_stored(client, letting_index):
    letting = LettingPageFactory()
    cached_page(client, letting.url)

    response = client.post(letting.url)

    assert cache_status(response) is None
    assert cache_status(client.get(letting.url)) == HIT


def test_a_password_protected_letting_never_leaves_its_form(letting_index):
    """The form carries a CSRF token (a cookie): never stored. Whoever gives the
    password has a session from then on, and is never answered from the cache."""
    letting = LettingPageFactory(title="Secret Garden")
    PageViewRestriction.objects.create(
        page=letting, restriction_type=PageViewRestriction.PASSWORD, password="open"
    )
    insider = Client()
    form = never_from_cache(Client(), letting.url)
    assert "Secret Garden" not in text(form)

    restriction = letting.get_view_restrictions().get()
    form_action = f"/_util/authenticate_with_password/{restriction.pk}/{letting.pk}/"
    insider.get(letting.url)
    insider.post(form_action, {"password": "open", "return_url": letting.url})
    inside = [insider.get(letting.url) for _ in range(2)]

    assert all("<h1>Secret Garden</h1>" in text(page) for page in inside)
    assert [cache_status(page) for page in inside] == [SKIP, SKIP]
    assert "<h1>Secret Garden</h1>" not in text(Client().get(letting.url))


def test_visitors_with_a_session_are_never_answered_from_the_cache(letting_index):
    letting = LettingPageFactory()
    cached_page(Client(), letting.url)
    member = Client()
    member.force_login(UserFactory())

    response = member.get(letting.url)

    assert cache_status(response) == SKIP
    assert "private" in response["Cache-Control"]
