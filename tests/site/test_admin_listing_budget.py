"""The admin's "All lettings" listing costs the same queries however many lettings it
shows, with the enquiry count column on."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import GroupMemberFactory, LettingPageFactory
from tests.signin import verified_login

pytestmark = pytest.mark.django_db


def queries_for_listing(client):
    client.get(reverse("all_lettings:index"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("all_lettings:index"))
    assert response.status_code == 200
    return len(queries), len(response.context["pages"])


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_the_listing_does_not_grow_with_its_rows(group):
    client = verified_login(Client(), GroupMemberFactory(group=group))
    LettingPageFactory.create_batch(10)
    few, rows = queries_for_listing(client)
    assert rows == 10
    LettingPageFactory.create_batch(20)
    more, rows = queries_for_listing(client)
    assert rows == 30
    assert more == few


def test_editors_may_delete_draft_lettings_only():
    """Answered from the row, as Wagtail answers it from the database: someone who may
    not publish may not delete what is live."""
    editor = GroupMemberFactory(group="Editors")
    moderator = GroupMemberFactory(group="Moderators")
    live, draft = LettingPageFactory(), LettingPageFactory(live=False)
    assert not live.permissions_for_user(editor).can_delete()
    assert draft.permissions_for_user(editor).can_delete()
    assert live.permissions_for_user(moderator).can_delete()
