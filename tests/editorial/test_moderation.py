"""Moderation: editors submit, moderators approve or reject with a comment, and
everyone concerned hears about it by email."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.parsed_html import parsed, texts

pytestmark = pytest.mark.django_db


def submit(obj, user):
    obj.save_revision(user=user)
    return obj.get_workflow().start(obj, user)


def page_action(client, page, action, comment=""):
    task_state = page.current_workflow_state.current_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]
    )
    return client.post(url, {"comment": comment})


def profile_action(client, profile, action, comment=""):
    task_state = profile.current_workflow_state.current_task_state
    url = reverse(
        "wagtailsnippets_profiles_profile:workflow_action",
        args=[profile.pk, action, task_state.pk],
    )
    return client.post(url, {"comment": comment})


def test_submitting_a_letting_emails_the_moderators(editor, moderator, draft_letting):
    submit(draft_letting, editor)
    draft_letting.refresh_from_db()
    assert draft_letting.workflow_in_progress and not draft_letting.live
    assert any(moderator.email in message.to for message in mail.outbox)


def test_an_editor_submits_a_profile_from_its_editor(
    client_for, editor, moderator, draft_profile
):
    url = reverse("wagtailsnippets_profiles_profile:edit", args=[draft_profile.pk])
    client_for(editor).post(
        url,
        {
            "user": draft_profile.user_id,
            "favorite_city": "Irvine",
            "bio": "Submitted bio.",
            "action-submit": "submit",
        },
    )
    draft_profile.refresh_from_db()
    assert draft_profile.workflow_in_progress and not draft_profile.live
    assert draft_profile.latest_revision.content["bio"] == "Submitted bio."
    assert any(moderator.email in message.to for message in mail.outbox)


def test_a_moderator_approves_a_letting_and_it_goes_live(
    client, client_for, editor, moderator, draft_letting
):
    submit(draft_letting, editor)
    mail.outbox.clear()
    page_action(client_for(moderator), draft_letting, "approve")
    draft_letting.refresh_from_db()
    assert draft_letting.live and not draft_letting.workflow_in_progress
    assert client.get(draft_letting.url).status_code == 200
    assert any(editor.email in message.to for message in mail.outbox)


def test_a_rejection_carries_the_comment_back_to_the_editor(
    client_for, editor, moderator, draft_letting
):
    submit(draft_letting, editor)
    mail.outbox.clear()
    page_action(client_for(moderator), draft_letting, "reject", "Add the deposit.")
    draft_letting.refresh_from_db()
    assert not draft_letting.live
    (message,) = [m for m in mail.outbox if editor.email in m.to]
    assert "rejected" in message.subject.lower()
    assert "Add the deposit." in message.body


def test_an_editor_cannot_approve(client_for, editor, draft_letting):
    submit(draft_letting, editor)
    page_action(client_for(editor), draft_letting, "approve")
    draft_letting.refresh_from_db()
    assert not draft_letting.live and draft_letting.workflow_in_progress


def test_a_moderator_approves_a_profile_and_it_is_public(
    client, client_for, editor, moderator, draft_profile
):
    submit(draft_profile, editor)
    profile_action(client_for(moderator), draft_profile, "approve")
    draft_profile.refresh_from_db()
    assert draft_profile.live
    assert client.get("/profiles/jo.doe/").status_code == 200


def test_a_rejected_profile_stays_hidden(
    client, client_for, editor, moderator, draft_profile
):
    submit(draft_profile, editor)
    profile_action(client_for(moderator), draft_profile, "reject", "Shorter bio.")
    draft_profile.refresh_from_db()
    assert not draft_profile.live
    assert client.get("/profiles/jo.doe/").status_code == 404
    assert any("Shorter bio." in m.body for m in mail.outbox if editor.email in m.to)


def test_revisions_can_be_compared_and_reverted(client_for, moderator, live_letting):
    client = client_for(moderator)
    published, latest = live_letting.live_revision, live_letting.latest_revision
    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[live_letting.pk, published.pk, latest.pk],
    )
    rows = parsed(client.get(compare)).select("table tr")
    [summary] = [row for row in rows if texts(row.select("td.title")) == ["Summary:"]]
    assert texts(summary.select("td.comparison .deletion")) == ["Published", "."]
    assert texts(summary.select("td.comparison .addition")) == [
        "Edited",
        ", not yet published.",
    ]
    revert = reverse(
        "wagtailadmin_pages:revisions_revert", args=[live_letting.pk, published.pk]
    )
    assert client.get(revert).status_code == 200
