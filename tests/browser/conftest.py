"""Editor journeys in a real Chromium (Debian's, never a downloaded build), driven by
Playwright against pytest-django's live server.

One browser for the whole session and a fresh context (cookies, storage) per person per
test keep the suite quick. Without /usr/bin/chromium the journeys are skipped, except
under CI=true, where a missing browser fails the run.
"""

import os
from pathlib import Path

import pytest
from django.db import connection
from PIL import Image
from playwright.sync_api import expect

from tests.browser.journeys import STATE_TIMEOUT_MS
from tests.signin import verified_login

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs our code in a greenlet with its own context
    # variables, where Django hands out new database connections. Those must still
    # know the database's state after migrations, which the live-server tests put back
    # after every flush (serialized_rollback); and Django must be told that ORM calls
    # beside Playwright's event loop are safe: the loop never runs at the same time.
    serialized = getattr(connection, "_test_serialized_contents", None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            if serialized is not None:
                connection._test_serialized_contents = serialized
            expect.set_options(timeout=STATE_TIMEOUT_MS)
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()


@pytest.fixture
def open_session(browser, live_server):
    """A new browser context, signed in as `user` when one is given (with the second
    factor their role requires)."""
    contexts = []

    def opened(user=None):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}
        )
        context.set_default_timeout(STATE_TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        if user is not None:
            verified_login(page, user)
        return page

    yield opened
    for context in contexts:
        context.close()


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "harbour.png"
    Image.new("RGB", (640, 480), (30, 110, 160)).save(path)
    return path
