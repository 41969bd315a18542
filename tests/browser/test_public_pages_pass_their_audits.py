"""In a real Chromium, every type of public page passes axe-core's accessibility rules
(any impact) on a phone (390 px) and a desktop (1280 px), and nothing scrolls sideways
on the narrowest phone (320 px). A screenshot of each page at both widths goes to
test-results/screenshots/ for a person to look at."""

import datetime

import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.models import Site

from enquiries import stamps
from enquiries.models import PrivacyNoticeSettings
from home.models import HomePage, HomePageFeaturedLetting
from tests.browser.audits import axe_violations, screenshot, sideways_overflow
from tests.browser.journeys import STATE_TIMEOUT_MS
from tests.factories import (
    LettingPageFactory,
    PrivacyNoticePageFactory,
    ProfileFactory,
    UserFactory,
    with_gallery,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WIDTHS = {"phone": 390, "desktop": 1280}
NARROWEST_PHONE = 320
# The pages that answer with an error status on purpose; every other one answers 200.
STATUSES = {"enquiry-refused": 410, "not-found": 404}


def letting_with_gallery():
    letting = LettingPageFactory(
        title="Harbour View Cottage",
        listing_image=wagtail_factories.ImageFactory(),
        pets_allowed=True,
    )
    return with_gallery(letting, ["Kitchen", "Garden", "Pool"])


def home_featuring(letting):
    home = HomePage.objects.get()
    home.hero_image = wagtail_factories.ImageFactory()
    home.featured_lettings = [HomePageFeaturedLetting(letting=letting)]
    home.save_revision().publish()


def privacy_notice():
    notice = PrivacyNoticePageFactory()
    PrivacyNoticeSettings.objects.create(
        site=Site.objects.get(is_default_site=True), privacy_notice=notice
    )
    return notice


@pytest.fixture
def page_types(media_root):
    """The address of one page of each public type, by the name its screenshot takes."""
    letting = letting_with_gallery()
    home_featuring(letting)
    LettingPageFactory(title="Harbour Loft", bedrooms=1)
    let_agreed = LettingPageFactory(
        title="Surf City Bungalow",
        let_agreed_on=timezone.localdate() - datetime.timedelta(days=1),
    )
    draft = LettingPageFactory(title="Unpublished Flat", live=False)
    profile = ProfileFactory(
        user=UserFactory(username="jo.doe", first_name="Jo", last_name="Doe"),
        photo=wagtail_factories.ImageFactory(),
    )
    return {
        "home": "/",
        "lettings": "/lettings/",
        "lettings-filtered": "/lettings/?city=Irvine&min_bedrooms=2&sort=rent_asc",
        "lettings-bad-filter": "/lettings/?min_bedrooms=two&max_rent=lots",
        "letting-with-gallery-and-form": letting.url,
        "letting-let-agreed": let_agreed.url,
        "enquiry-thanks": letting.url + "enquire/thanks/",
        "enquiry-refused": draft.url + "enquire/thanks/",
        "profiles": "/profiles/",
        "profile": profile.get_url(),
        "search": "/search/?q=harbour",
        "search-no-results": "/search/?q=zzyzx",
        "privacy-notice": privacy_notice().url,
        "not-found": "/no-such-page/",
    }


def visit_each(browser, live_server, page_types, width, check):
    """Opens every page type in one browser context `width` px wide and returns
    `check(page, name)`'s findings as "name: finding" lines."""
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 900}
    )
    context.set_default_timeout(STATE_TIMEOUT_MS)
    page = context.new_page()
    findings = []
    try:
        for name, path in page_types.items():
            status = page.goto(path, wait_until="load").status
            if status != STATUSES.get(name, 200):
                findings.append(f"{name}: answered {status}")
            findings += [f"{name}: {finding}" for finding in check(page, name)]
    finally:
        context.close()
    return findings


@pytest.mark.parametrize("device", WIDTHS)
def test_every_page_type_passes_axe(browser, live_server, page_types, device):
    def audit(page, name):
        screenshot(page, f"{WIDTHS[device]}-{name}")
        return axe_violations(page)

    violations = visit_each(browser, live_server, page_types, WIDTHS[device], audit)

    assert violations == [], "\n".join(violations)


def test_nothing_scrolls_sideways_on_the_narrowest_phone(
    browser, live_server, page_types
):
    overflowing = visit_each(
        browser,
        live_server,
        page_types,
        NARROWEST_PHONE,
        lambda page, name: sideways_overflow(page),
    )

    assert overflowing == [], "\n".join(overflowing)


@pytest.mark.parametrize("width", [NARROWEST_PHONE, *WIDTHS.values()])
def test_the_enquiry_form_sent_with_errors_passes_axe_and_fits(
    browser, live_server, monkeypatch, width
):
    # A person takes seconds to fill the form; the audit need not wait for them.
    monkeypatch.setattr(stamps, "MIN_FILL_SECONDS", 0)
    letting = LettingPageFactory(title="Harbour Loft")
    privacy_notice()
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 900}
    )
    context.set_default_timeout(STATE_TIMEOUT_MS)
    page = context.new_page()
    page.goto(letting.url)
    form = page.locator("#request-a-viewing form")
    form.get_by_label("Email").fill("not an email")
    with page.expect_navigation() as sent:
        form.get_by_role("button", name="Request a viewing").click()
    assert sent.value.status == 400
    screenshot(page, f"{width}-letting-form-errors")
    problems = axe_violations(page) + sideways_overflow(page)
    context.close()

    assert problems == [], "\n".join(problems)
