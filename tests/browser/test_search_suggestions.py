"""In a real Chromium, the header search box suggests as you type, following the ARIA
combobox pattern, and still submits to /search/ with JavaScript off."""

import pytest
from playwright.sync_api import expect

from tests.factories import LettingPageFactory, ProfileFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def harbour_content():
    LettingPageFactory(title="Harbour View Cottage")
    LettingPageFactory(title="Harbour Loft")
    ProfileFactory(
        user=UserFactory(
            username="harbourmaster", first_name="Grace", last_name="Hopper"
        )
    )


def test_suggestions_follow_the_combobox_pattern(open_session, harbour_content):
    page = open_session()
    page.goto("/lettings/")
    box = page.get_by_role("combobox", name="Search lettings and profiles")
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press_sequentially("harb")
    suggestions = page.get_by_role("listbox", name="Suggestions")
    options = suggestions.get_by_role("option")
    expect(options).to_have_count(3)
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(options.last).to_contain_text("Grace Hopper")
    expect(options.last).to_contain_text("Profile")

    box.press("ArrowDown")
    first_id = options.first.get_attribute("id")
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first_id)
    expect(box).to_be_focused()

    box.press("Escape")
    expect(suggestions).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", first_id)

    box.press("ArrowDown")
    box.press("ArrowDown")
    second = options.nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    target = second.get_attribute("data-url")
    box.press("Enter")
    page.wait_for_url(f"**{target}")


def test_a_suggestion_opens_on_click(open_session, harbour_content):
    page = open_session()
    page.goto("/lettings/")
    page.get_by_role(
        "combobox", name="Search lettings and profiles"
    ).press_sequentially("grace")
    page.get_by_role("option", name="Grace Hopper Profile").click()
    page.wait_for_url("**/profiles/harbourmaster/")


def test_without_javascript_the_box_submits_to_the_search_page(
    browser, live_server, harbour_content
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/lettings/")
    # Without JavaScript the box stays a plain search box (the filters' <select>s are
    # comboboxes of their own).
    expect(
        page.get_by_role("combobox", name="Search lettings and profiles")
    ).to_have_count(0)
    page.get_by_role("searchbox", name="Search lettings and profiles").fill("harbour")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=harbour")
    expect(page.locator("h1")).to_have_text("Results for “harbour”")
    expect(page.locator(".search-result")).to_have_count(2)
    context.close()
