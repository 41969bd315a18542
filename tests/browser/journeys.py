"""What an editor waits on in Wagtail's admin, shared by the journeys: the form watched
for edits, the autosave settled, the address the form saves to, the page the server
answers a save with, and the messages region. Never a message's wording: Wagtail 7.4's
autosave (on, as editors have it) decides whether the same click says "created" or
"updated".

How autosave runs (wagtail/admin/static/wagtailadmin/js/core.js): the form's w-unsaved
controller takes the form's data as its starting state two seconds after it connects,
then announces `w-unsaved:watch-edits`; from then on it compares the form with that state
every half second. A change makes it ask w-autosave to save (half a second later again),
which posts the form; on success the controller takes the saved form as its new starting
state (announcing `w-unsaved:watch-edits` again). So a journey that types before the
first announcement types into the starting state, and nothing is autosaved; one that
clicks save while an autosave is on its way sends two saves at once."""

import re

from playwright.sync_api import expect

from tests.browser.audits import SCREENSHOTS

# How long an action or an expectation waits for its state, in every browser test.
# Playwright's expect() has a default of its own (5 s), shorter than its actions': on a
# loaded machine an image upload outlasts it while the journey is right.
STATE_TIMEOUT_MS = 15_000
PAGE_EDIT_VIEW = re.compile(r"/admin/pages/\d+/edit/")
SUCCESS_MESSAGE = ".messages li.success"

# The edit form's w-unsaved controller, through the Stimulus application Wagtail exposes.
UNSAVED = """wagtail.app.getControllerForElementAndIdentifier(
    document.querySelector("form[data-controller~='w-unsaved']"), "w-unsaved")"""
# Its starting state is taken: what `w-unsaved:watch-edits` announces. Read as state, so
# a journey that asks after the announcement still gets its answer.
WATCHING_EDITS = f"() => {UNSAVED}?.initialFormData !== undefined"
# Every edit is in the starting state (so autosaved, or it never will be: the manual save
# sends it) and no autosave is asked for or on its way (the indicator says "saving" from
# the moment one is asked for until it has answered).
AUTOSAVE_SETTLED = f"""() => {{
    const unsaved = {UNSAVED};
    const indicator = document.getElementById("w-autosave-indicator");
    return unsaved.initialFormData === unsaved.formData
        && indicator?.dataset.wAutosaveStateValue !== "saving";
}}"""


def open_form(page, path):
    """Opens an add or edit form with autosave and returns once Wagtail watches it for
    edits, so that every edit the journey makes is one autosave sees."""
    page.goto(path)
    page.wait_for_function(WATCHING_EDITS)


def wait_until_autosaved(page, edit_view):
    """Waits until autosave has saved every edit and is idle: on an add view its first
    save created the object and pointed the form, then the address bar, at the edit view.
    A save clicked earlier would race it: a second object (a 400 for a taken slug or
    member), or two saves at once on one database."""
    page.wait_for_function(AUTOSAVE_SETTLED)
    expect(page).to_have_url(edit_view)


def submit(page, button, lands_on=re.compile(r"/admin/")):
    """Clicks a button that submits the form and waits for the page the server
    answers with to load and carry a success message."""
    with page.expect_navigation(url=lands_on):
        button.click()
    expect(page.locator(SUCCESS_MESSAGE).first).to_be_visible()


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=False)
