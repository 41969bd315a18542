"""Journey: a visitor on a phone requests a viewing; a member of the Lettings team sees it
on the dashboard, opens it and marks it contacted; the visitor's acknowledgement is in the
mailbox."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from enquiries import stamps
from enquiries.models import Enquiry
from tests.browser.journeys import STATE_TIMEOUT_MS, screenshot, submit
from tests.factories import GroupMemberFactory, LettingPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
THANKS = re.compile(r"/enquire/thanks/$")


@pytest.fixture(autouse=True)
def no_fill_time_minimum(monkeypatch):
    """A person takes seconds to fill the form; the journey need not wait for them."""
    monkeypatch.setattr(stamps, "MIN_FILL_SECONDS", 0)


def request_a_viewing(visitor, letting):
    visitor.goto(letting.url)
    form = visitor.locator("#request-a-viewing form")
    form.get_by_label("Name").fill("Rosa Díaz")
    form.get_by_label("Email").fill("rosa@example.com")
    form.get_by_label("Message").fill("Could I see it on Saturday morning?")
    form.get_by_label(re.compile("I agree")).check()
    form.get_by_role("button", name="Request a viewing").click()
    expect(visitor).to_have_url(THANKS)


def test_a_visitor_on_a_phone_requests_a_viewing(browser, live_server, open_session):
    letting = LettingPageFactory(title="Harbour Loft")
    member = GroupMemberFactory(group="Lettings team", username="tess")

    phone = browser.new_context(base_url=live_server.url, viewport=PHONE)
    phone.set_default_timeout(STATE_TIMEOUT_MS)
    visitor = phone.new_page()
    request_a_viewing(visitor, letting)
    screenshot(visitor, "journey-enquiry-thanks-phone")
    phone.close()
    enquiry = Enquiry.objects.get(letting=letting)
    assert enquiry.status == Enquiry.Status.NEW

    page = open_session(member)
    page.goto("/admin/")
    panel = page.locator("section[aria-labelledby=enquiries-panel-heading]")
    # New today: the visitor's request is counted.
    expect(panel.locator("li strong").first).to_have_text("1")
    page.goto("/admin/enquiries/")
    edit_url = f"/admin/enquiries/edit/{enquiry.pk}/"
    page.locator(f"a[href='{edit_url}']").first.click()
    expect(page).to_have_url(re.compile(re.escape(edit_url) + "$"))
    page.locator("#id_status").select_option(Enquiry.Status.CONTACTED)
    submit(page, page.get_by_role("button", name="Save"))
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.CONTACTED

    (acknowledgement,) = [m for m in mail.outbox if m.to == ["rosa@example.com"]]
    assert letting.title in acknowledgement.subject
