"""Locking, the concurrent-editing notice and page comments, as Wagtail intends them."""

import json

import pytest
from django.urls import reverse

from tests.factories import GroupMemberFactory
from tests.parsed_html import parsed

pytestmark = pytest.mark.django_db


def lock_url(page):
    return reverse("wagtailadmin_pages:lock", args=[page.pk])


def unlock_url(page):
    return reverse("wagtailadmin_pages:unlock", args=[page.pk])


def test_an_editor_locks_a_letting_against_other_editors(
    client_for, editor, draft_letting
):
    client_for(editor).post(lock_url(draft_letting))
    draft_letting.refresh_from_db()
    assert draft_letting.locked and draft_letting.locked_by == editor

    other_editor = GroupMemberFactory(group="Editors", username="edna")
    tester = draft_letting.permissions_for_user(other_editor)
    assert tester.page_locked()
    client_for(other_editor).post(unlock_url(draft_letting))
    draft_letting.refresh_from_db()
    assert draft_letting.locked


def test_a_moderator_lifts_anyones_lock(client_for, editor, moderator, draft_letting):
    client_for(editor).post(lock_url(draft_letting))
    client_for(moderator).post(unlock_url(draft_letting))
    draft_letting.refresh_from_db()
    assert not draft_letting.locked


def test_the_editor_warns_of_concurrent_editing_and_takes_comments(
    client_for, editor, draft_letting
):
    html = parsed(
        client_for(editor).get(
            reverse("wagtailadmin_pages:edit", args=[draft_letting.pk])
        )
    )
    sessions = html.select_one("form.w-editing-sessions")
    assert "/editing-sessions/ping/" in sessions["data-w-swap-src-value"]
    comments = json.loads(html.select_one("script#comments-data").string)
    assert comments["comments"] == []
