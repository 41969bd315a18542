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


def wait_until_autosaved(page, edit_view):
    """Half a second after each change, autosave saves the form; on a page's add view
    that creates the page and points the form at its edit view, then the address bar.
    A save clicked while that request is on its way would create a second page, so the
    journey waits for the address, as an editor sees the indicator turn to saved."""
    expect(page).to_have_url(edit_view)


def submit(page, button, lands_on=re.compile(r"/admin/")):
    """Clicks a button that submits the form and waits for the page the server
    answers with to load and carry a success message."""
    with page.expect_navigation(url=lands_on):
        button.click()
    expect(page.locator(SUCCESS_MESSAGE).first).to_be_visible()


def screenshot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=False)
