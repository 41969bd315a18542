"""In Chromium, Wagtail's admin works under its enforced Content Security Policy: a
superuser (signed in with the second factor) walks the admin, edits a letting with the
preview panel open and the image chooser, and nothing is refused. The strict policy,
sent beside it report-only, still reports Wagtail's inline scripts: that is why the
admin alone keeps 'unsafe-inline' for scripts."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.factories import LettingPageFactory, ProfileFactory
from tests.signin import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def record_policy_messages(page):
    enforced, reported = [], []

    def sort(message):
        if "Content Security Policy" not in message.text:
            return
        (reported if "report-only" in message.text else enforced).append(message.text)

    page.on("console", sort)
    return enforced, reported


def test_the_admin_works_under_its_policy(open_session, profile_index):
    letting = LettingPageFactory(title="Harbour View Cottage")
    profile = ProfileFactory()
    boss = get_user_model().objects.create_superuser(
        "boss", "boss@example.com", PASSWORD
    )
    page = open_session(boss)
    enforced, reported = record_policy_messages(page)

    for path in (
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{letting.get_parent().pk}/",
        "/admin/all_lettings/",
        "/admin/snippets/lettings/address/",
        f"/admin/snippets/profiles/profile/edit/{profile.pk}/",
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/account/",
        "/admin/account/recovery-codes/",
    ):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    page.goto(f"/admin/pages/{letting.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Harbour View Cottage")
    page.get_by_role("button", name="Choose an image").first.click()
    page.get_by_role("dialog").get_by_role("tab", name="Upload").wait_for()

    assert enforced == []
    assert any("inline" in message for message in reported)
