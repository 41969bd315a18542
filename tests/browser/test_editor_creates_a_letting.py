"""Journey 1: an editor creates a letting with an address and an image, saves a draft,
previews it and submits it for moderation; the public still gets a 404."""

import re

import pytest
from playwright.sync_api import expect

from lettings.models import LettingIndexPage, LettingPage
from tests.browser.journeys import (
    PAGE_EDIT_VIEW,
    open_form,
    screenshot,
    submit,
    wait_until_autosaved,
)
from tests.factories import GroupMemberFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def add_address(page):
    """The address chooser has no create form in Wagtail 7.4: editors add the address
    under Addresses first, then choose it."""
    page.goto("/admin/snippets/lettings/address/add/")
    page.fill("#id_number", "12")
    page.fill("#id_street", "Ocean Avenue")
    page.fill("#id_city", "Laguna Beach")
    page.fill("#id_state", "CA")
    page.fill("#id_zip_code", "92651")
    submit(page, page.get_by_role("button", name="Save"))


def choose_address(page):
    page.get_by_role("button", name="Choose address").click()
    page.locator(".modal-content").get_by_role(
        "link", name=re.compile("12 Ocean")
    ).click()
    expect(page.locator("#id_address-title")).to_contain_text("Laguna Beach")


def upload_image(page, photo):
    page.get_by_role("button", name="Choose an image").click()
    modal = page.locator(".modal-content")
    modal.get_by_role("tab", name="Upload").click()
    modal.locator("#id_image-chooser-upload-file").set_input_files(photo)
    modal.locator("#id_image-chooser-upload-title").fill("Harbour view")
    modal.get_by_role("button", name="Upload").click()
    expect(page.locator("#id_listing_image-title")).to_contain_text("Harbour view")


def test_editor_drafts_previews_and_submits_a_letting(open_session, media_root, photo):
    editor = GroupMemberFactory(group="Editors", username="eddie")
    GroupMemberFactory(group="Moderators", username="molly")
    section = LettingIndexPage.objects.get()
    page = open_session(editor)

    add_address(page)
    open_form(page, f"/admin/pages/{section.pk}/add_subpage/")
    page.fill("#id_title", "Harbour Loft")
    choose_address(page)
    page.fill("#id_summary", "A loft above the harbour, two minutes from the beach.")
    upload_image(page, photo)
    page.fill("#id_monthly_rent", "3200")
    page.fill("#id_bedrooms", "2")
    screenshot(page, "journey1-letting-form")

    wait_until_autosaved(page, PAGE_EDIT_VIEW)
    submit(page, page.get_by_role("button", name="Save draft"), lands_on=PAGE_EDIT_VIEW)
    letting = LettingPage.objects.get(title="Harbour Loft")
    assert not letting.live and letting.listing_image is not None

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Harbour Loft")
    expect(preview.locator(".lead")).to_contain_text("two minutes from the beach")
    screenshot(page, "journey1-preview")

    page.locator(
        "footer .dropdown-toggle, footer [data-w-dropdown-target=toggle]"
    ).first.click()
    submit(page, page.get_by_role("button", name=re.compile("Submit to Moderators")))
    screenshot(page, "journey1-submitted")
    letting.refresh_from_db()
    assert letting.workflow_in_progress and not letting.live

    visitor = open_session()
    assert visitor.goto("/lettings/harbour-loft/").status == 404
