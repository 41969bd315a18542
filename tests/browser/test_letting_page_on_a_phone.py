"""In a real Chromium on a 390 × 844 phone screen: a letting's title, rent, facts and
"Request a viewing" are on the first screen, and the gallery's lightbox works by
keyboard (arrows move, Escape closes, focus goes back) and by swipe."""

import pytest
import wagtail_factories
from playwright.sync_api import expect

from tests.browser.journeys import STATE_TIMEOUT_MS
from tests.factories import LettingPageFactory, with_gallery

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def letting(media_root):
    letting = LettingPageFactory(
        title="Harbour View Cottage with a Long Name by the Sea",
        listing_image=wagtail_factories.ImageFactory(),
        pets_allowed=True,
    )
    return with_gallery(letting, ["Kitchen", "Garden", "Pool"])


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, has_touch=True, is_mobile=True
    )
    context.set_default_timeout(STATE_TIMEOUT_MS)
    yield context.new_page()
    context.close()


def assert_on_the_first_screen(locator):
    box = locator.bounding_box()
    assert box is not None
    assert 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"]
    assert 0 <= box["x"] and box["x"] + box["width"] <= PHONE["width"]


def test_what_a_renter_decides_by_is_on_the_first_screen(phone, letting):
    phone.goto(letting.url)
    header = phone.locator("header.letting__header")
    assert_on_the_first_screen(phone.get_by_role("heading", level=1))
    assert_on_the_first_screen(header.locator(".letting__price"))
    for term in ["Bedrooms", "Bathrooms", "Type", "Available"]:
        assert_on_the_first_screen(header.locator("dt", has_text=term))
    assert_on_the_first_screen(header.get_by_text("Pets welcome"))
    call = phone.get_by_role("link", name="Request a viewing")
    assert_on_the_first_screen(call)

    call.click()
    phone.wait_for_url("**#request-a-viewing")
    expect(phone.locator("#request-a-viewing")).to_be_in_viewport()


def lightbox_parts(phone):
    dialog = phone.get_by_role("dialog", name="Gallery")
    return dialog, dialog.locator(".lightbox__count")


def test_the_lightbox_works_by_keyboard(phone, letting):
    phone.goto(letting.url)
    thumbnails = phone.locator("a.gallery__link")
    expect(thumbnails).to_have_count(3)
    second = thumbnails.nth(1)
    second.focus()
    second.press("Enter")

    dialog, count = lightbox_parts(phone)
    expect(dialog).to_be_visible()
    expect(count).to_have_text("Photo 2 of 3")
    expect(dialog.locator(".lightbox__caption")).to_have_text("Garden")
    expect(dialog.locator("img")).to_have_attribute("src", second.get_attribute("href"))
    expect(dialog.get_by_role("button", name="Next photo")).to_be_focused()

    phone.keyboard.press("ArrowRight")
    expect(count).to_have_text("Photo 3 of 3")
    phone.keyboard.press("ArrowRight")
    expect(count).to_have_text("Photo 1 of 3")
    phone.keyboard.press("ArrowLeft")
    expect(count).to_have_text("Photo 3 of 3")
    expect(dialog.locator(".lightbox__caption")).to_have_text("Pool")

    phone.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(second).to_be_focused()


def test_the_buttons_move_and_close(phone, letting):
    phone.goto(letting.url)
    first = phone.locator("a.gallery__link").first
    first.click()
    dialog, count = lightbox_parts(phone)
    expect(count).to_have_text("Photo 1 of 3")
    dialog.get_by_role("button", name="Previous photo").click()
    expect(count).to_have_text("Photo 3 of 3")
    dialog.get_by_role("button", name="Close the gallery").click()
    expect(dialog).to_be_hidden()
    expect(first).to_be_focused()


def swipe(phone, selector, distance):
    """A one-finger swipe across `selector`, as a touch screen reports it."""
    phone.locator(selector).evaluate(
        """(element, distance) => {
            const box = element.getBoundingClientRect();
            const y = box.top + box.height / 2;
            const start = box.left + box.width / 2 - distance / 2;
            const touch = (x) => new Touch({identifier: 1, target: element, clientX: x, clientY: y});
            element.dispatchEvent(new TouchEvent("touchstart", {touches: [touch(start)], bubbles: true}));
            element.dispatchEvent(new TouchEvent("touchend", {changedTouches: [touch(start + distance)], bubbles: true}));
        }""",
        distance,
    )


def test_a_swipe_moves_between_photos(phone, letting):
    phone.goto(letting.url)
    phone.locator("a.gallery__link").first.tap()
    dialog, count = lightbox_parts(phone)
    expect(count).to_have_text("Photo 1 of 3")
    swipe(phone, ".lightbox__figure", -120)
    expect(count).to_have_text("Photo 2 of 3")
    swipe(phone, ".lightbox__figure", 120)
    expect(count).to_have_text("Photo 1 of 3")
    swipe(phone, ".lightbox__figure", 20)
    expect(count).to_have_text("Photo 1 of 3")


def test_without_javascript_a_thumbnail_opens_the_photo(browser, live_server, letting):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(letting.url)
    first = page.locator("a.gallery__link").first
    href = first.get_attribute("href")
    with page.expect_response(lambda response: response.url.endswith(href)) as image:
        first.click()
    assert image.value.status == 200
    assert image.value.headers["content-type"].startswith("image/")
    expect(page.get_by_role("dialog")).to_have_count(0)
    context.close()
