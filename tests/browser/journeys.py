"""What an editor waits on in Wagtail's admin, shared by the journeys: the address the
form saves to, the page the server answers a save with, and the messages region. Never a
message's wording: Wagtail 7.4's autosave (on, as editors have it) decides whether the
same click says "created" or "updated"."""

import re

from django.conf import settings
from playwright.sync_api import expect

SCREENSHOTS = settings.BASE_DIR / "screenshots"
PAGE_EDIT_VIEW = re.compile(r"/admin/pages/\d+/edit/")
SUCCESS_MESSAGE = ".messages li.success"


def snippet_edit_view(app_label, model_name):
    return re.compile(rf"/admin/snippets/{app_label}/{model_name}/edit/\d+/")


def wait_for_autosave(page):
    """Half a second after a change, autosave may save the form; on an add view that
    creates the object and points the form at its edit view. A save clicked while that
    request is on its way would create a second one, so a journey first waits, as an
    editor glances at the indicator, until no autosave is in progress."""
    expect(page.locator("form[data-controller~=w-autosave]")).not_to_have_attribute(
        "data-w-autosave-state-value", "saving"
    )


def submit(page, button, lands_on=re.compile(r"/admin/")):
    """Clicks a button that submits the form and waits for the page the server
    answers with to load and carry a success message."""
    with page.expect_navigation(url=lands_on):
        button.click()
    expect(page.locator(SUCCESS_MESSAGE).first).to_be_visible()


def screenshot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=False)
