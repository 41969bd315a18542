"""The visitor's acknowledgement and the team's notice, sent by a background task."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import Site

from enquiries.models import Enquiry
from lettings.models import EnquirySettings
from tests.factories import LettingPageFactory

from .helpers import post_enquiry

pytestmark = pytest.mark.django_db


@pytest.fixture
def enquire(django_capture_on_commit_callbacks):
    """Post a request; its emails are queued once the enquiry is committed."""

    def post(letting, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return post_enquiry(Client(), letting, **overrides)

    return post


@pytest.fixture
def details():
    return EnquirySettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        phone="(949) 555 0100",
        email="team@example.com",
        opening_hours="Monday to Saturday, 9am–6pm",
    )


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_the_visitor_is_acknowledged_in_text_and_html(details, enquire):
    letting = LettingPageFactory(title="Bay Cottage")
    enquire(letting)

    (message,) = sent_to("rosa@example.com")
    assert message.subject == "Your request to view Bay Cottage"
    assert message.reply_to == ["team@example.com"]
    for body in (message.body, message.alternatives[0].content):
        assert letting.full_url in body
        assert str(letting.address) in body
        assert "(949) 555 0100" in body and "Monday to Saturday, 9am–6pm" in body
    assert message.alternatives[0].mimetype == "text/html"


def test_the_team_is_notified_with_the_admin_link(details, enquire):
    letting = LettingPageFactory(title="Bay Cottage")
    enquire(letting)
    enquiry = Enquiry.objects.get()

    (message,) = sent_to("team@example.com")
    assert message.subject == f"New enquiry {enquiry.pk}: Bay Cottage"
    assert message.reply_to == ["rosa@example.com"]
    assert f"http://testserver/admin/enquiries/edit/{enquiry.pk}/" in message.body
    assert "Could I see the house this weekend?" in message.body


def test_without_a_team_address_only_the_visitor_gets_mail(enquire):
    enquire(LettingPageFactory())
    assert [message.to for message in mail.outbox] == [["rosa@example.com"]]


def test_html_is_escaped_in_the_html_email(details, enquire):
    enquire(LettingPageFactory(), message="<script>x</script> hi")
    (message,) = sent_to("team@example.com")
    html = message.alternatives[0].content
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_title_with_line_breaks_cannot_add_headers(details, enquire):
    letting = LettingPageFactory(title="Cottage\r\nBcc: victim@example.com")
    enquire(letting)

    for message in mail.outbox:
        assert "\n" not in message.subject and "\r" not in message.subject
        assert message.message()["Bcc"] is None
        assert message.recipients() == message.to


def test_a_letting_with_its_own_team_address_notifies_that_one(details, enquire):
    letting = LettingPageFactory(enquiry_email="harbour-team@example.com")
    enquire(letting)

    assert len(sent_to("harbour-team@example.com")) == 1
    assert sent_to("team@example.com") == []
    assert len(sent_to("rosa@example.com")) == 1


def test_a_letting_address_is_enough_without_the_settings_one(enquire):
    enquire(LettingPageFactory(enquiry_email="harbour-team@example.com"))
    assert sorted(message.to[0] for message in mail.outbox) == [
        "harbour-team@example.com",
        "rosa@example.com",
    ]


def test_the_team_notice_lists_the_preferred_dates(details, enquire):
    first, third = (timezone.localdate() + timedelta(days=n) for n in (10, 12))
    enquire(
        LettingPageFactory(),
        preferred_date_1=first.isoformat(),
        preferred_date_3=third.isoformat(),
    )

    (message,) = sent_to("team@example.com")
    spoken = [f"{day:%A} {day.day} {day:%B %Y}" for day in (first, third)]
    assert f"Preferred dates: {spoken[0]}; {spoken[1]}" in message.body
    html = BeautifulSoup(message.alternatives[0].content, "html.parser")
    assert [time["datetime"] for time in html.select("time")] == [
        first.isoformat(),
        third.isoformat(),
    ]
