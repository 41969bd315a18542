"""A logged-in editor always gets a page rendered for them (with the user bar), and the
pages rendered for them never reach a visitor."""

import pytest
from django.test import Client

from tests.factories import GroupMemberFactory, LettingPageFactory, UserFactory

from .pages import HIT, MISS, SKIP, cache_status, cached_page, text

pytestmark = pytest.mark.django_db

USER_BAR = "<wagtail-userbar"


@pytest.fixture
def editor_client():
    editor = GroupMemberFactory(group="Editors", username="eddie")
    client = Client()
    client.force_login(editor)
    return client


@pytest.mark.parametrize("url", ["/", "/lettings/", "/profiles/"])
def test_an_editor_never_gets_the_visitors_page(editor_client, profile_index, url):
    cached_page(Client(), url)

    responses = [editor_client.get(url) for _ in range(2)]

    assert all(USER_BAR in text(response) for response in responses)
    assert [cache_status(response) for response in responses] == [SKIP, SKIP]
    assert all("private" in response["Cache-Control"] for response in responses)


def test_an_editor_never_poisons_the_cache(editor_client, letting_index):
    letting = LettingPageFactory()
    assert USER_BAR in text(editor_client.get(letting.url))

    visitor = Client().get(letting.url)
    again = Client().get(letting.url)

    assert cache_status(visitor) == MISS
    assert USER_BAR not in text(visitor) and USER_BAR not in text(again)


def test_a_visitor_who_logs_out_is_anonymous_again(letting_index):
    letting = LettingPageFactory()
    member = UserFactory()
    cached_page(Client(), letting.url)
    person = Client()
    person.force_login(member)
    assert cache_status(person.get(letting.url)) == SKIP

    person.logout()

    assert cache_status(person.get(letting.url)) == HIT
