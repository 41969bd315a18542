"""Journey 2: a moderator approves a submitted letting; it is live on the lettings index."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.journeys import screenshot, submit
from tests.factories import GroupMemberFactory, LettingPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def submitted_letting(editor):
    letting = LettingPageFactory(
        title="Harbour Loft", summary="A loft above the harbour.", live=False
    )
    letting.save_revision(user=editor)
    letting.get_workflow().start(letting, editor)
    return letting


def test_moderator_approves_and_the_letting_goes_live(open_session):
    editor = GroupMemberFactory(group="Editors", username="eddie")
    moderator = GroupMemberFactory(group="Moderators", username="molly")
    letting = submitted_letting(editor)
    visitor = open_session()
    visitor.goto("/lettings/")
    expect(visitor.locator("main")).not_to_contain_text("Harbour Loft")

    page = open_session(moderator)
    expect(page.locator("main")).to_contain_text("Harbour Loft")
    screenshot(page, "journey2-dashboard")
    page.goto(f"/admin/pages/{letting.pk}/edit/")
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    submit(page, page.get_by_role("button", name=re.compile(r"^Approve and Publish$")))
    screenshot(page, "journey2-approved")

    letting.refresh_from_db()
    assert letting.live
    visitor.goto("/lettings/")
    expect(visitor.locator("main")).to_contain_text("Harbour Loft")
    assert visitor.goto(letting.url).status == 200
