"""Journey 3: marketing shares a new draft of a live letting; someone with no account
reads the draft through the link while the live page keeps the published text; once the
link is revoked it is a 404."""

import re

import pytest
from playwright.sync_api import expect

from editorial.models import ShareLink
from tests.browser.journeys import screenshot, submit
from tests.factories import GroupMemberFactory, LettingPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def letting_with_a_new_draft(editor):
    letting = LettingPageFactory(title="Bay Cottage", summary="Published summary.")
    letting.save_revision(user=editor).publish()
    letting.summary = "New draft summary with a sea view."
    letting.save_revision(user=editor)
    return letting


def test_marketing_shares_then_revokes_a_draft(open_session):
    editor = GroupMemberFactory(group="Editors", username="eddie")
    marketer = GroupMemberFactory(group="Marketing", username="mark")
    letting = letting_with_a_new_draft(editor)

    page = open_session(marketer)
    page.get_by_role("button", name="Review drafts").click()
    page.get_by_role("link", name="Letting drafts").click()
    row = page.locator("tbody tr", has_text="Bay Cottage")
    expect(row).to_contain_text(re.compile("live \\+ draft", re.I))
    screenshot(page, "journey3-letting-drafts")
    row.get_by_role("link", name="Share draft").click()
    create = page.get_by_role("button", name="Create share link")
    expect(create).to_be_visible()
    screenshot(page, "journey3-share-form")
    submit(page, create)
    link = ShareLink.objects.get()
    assert link.revision == letting.latest_revision
    screenshot(page, "journey3-share-links")
    share_url = page.locator("tbody tr").first.locator("td").nth(1).inner_text()

    recipient = open_session()
    response = recipient.goto(share_url.strip())
    assert response.status == 200
    assert response.headers["x-robots-tag"] == "noindex"
    expect(recipient.locator(".draft-banner")).to_contain_text("Unpublished draft")
    expect(recipient.locator("main")).to_contain_text("New draft summary")
    screenshot(recipient, "journey3-recipient")
    recipient.goto(letting.url)
    expect(recipient.locator("main")).to_contain_text("Published summary.")
    expect(recipient.locator(".draft-banner")).to_have_count(0)

    page.locator("tbody tr").first.get_by_role("link", name="Revoke").click()
    submit(page, page.get_by_role("button", name="Yes, revoke it"))
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert recipient.goto(share_url.strip()).status == 404
    expect(recipient.locator("main")).not_to_contain_text("New draft summary")
