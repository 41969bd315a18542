"""Journey 4: a profile goes from draft to preview to published, as a letting does."""

import re

import pytest
from playwright.sync_api import expect

from profiles.models import Profile
from tests.browser.journeys import open_form, screenshot, submit, wait_until_autosaved
from tests.factories import GroupMemberFactory, UserFactory

PROFILE_EDIT_VIEW = re.compile(r"/admin/snippets/profiles/profile/edit/\d+/")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def open_action_menu(page):
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()


def choose_member(page, username):
    """Pick the profile's member in the chooser, as an editor does: search, then click."""
    page.get_by_role("button", name="Choose a member").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_placeholder("Username, name or email").fill(username)
    dialog.get_by_role("link", name=username, exact=True).click()


def test_a_profile_is_drafted_previewed_submitted_and_published(open_session):
    editor = GroupMemberFactory(group="Editors", username="eddie")
    moderator = GroupMemberFactory(group="Moderators", username="molly")
    member = UserFactory(username="jo.doe", first_name="Jo", last_name="Doe")
    visitor = open_session()

    page = open_session(editor)
    open_form(page, "/admin/snippets/profiles/profile/add/")
    choose_member(page, "jo.doe")
    expect(page.locator("#id_user")).to_have_value(str(member.pk))
    page.fill("#id_favorite_city", "Tustin")
    page.fill("#id_bio", "Surfer, early riser, owner of two kayaks.")
    wait_until_autosaved(page, PROFILE_EDIT_VIEW)
    submit(
        page, page.get_by_role("button", name="Save draft"), lands_on=PROFILE_EDIT_VIEW
    )
    profile = Profile.objects.get(user=member)
    assert not profile.live and profile.bio.endswith("two kayaks.")

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Jo Doe")
    expect(preview.locator("main")).to_contain_text("two kayaks")
    screenshot(page, "journey4-profile-preview")
    assert visitor.goto("/profiles/jo.doe/").status == 404

    open_action_menu(page)
    submit(page, page.get_by_role("button", name=re.compile("Submit to Moderators")))
    profile.refresh_from_db()
    assert profile.workflow_in_progress and not profile.live

    page = open_session(moderator)
    page.goto(f"/admin/snippets/profiles/profile/edit/{profile.pk}/")
    open_action_menu(page)
    submit(page, page.get_by_role("button", name=re.compile(r"^Approve and Publish$")))
    screenshot(page, "journey4-published")

    profile.refresh_from_db()
    assert profile.live
    assert visitor.goto("/profiles/jo.doe/").status == 200
    expect(visitor.locator("main")).to_contain_text("two kayaks")
