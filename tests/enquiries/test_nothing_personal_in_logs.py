"""No name, email, phone or message of a visitor reaches the logs, even on failure."""

import logging

import pytest
from django.test import Client

from tests.factories import LettingPageFactory

from .helpers import post_enquiry

pytestmark = pytest.mark.django_db

PERSONAL = ["Rosa", "rosa@example.com", "555 0123", "this weekend"]


def logged_text(caplog):
    return caplog.text + " ".join(str(record.args) for record in caplog.records)


def personal_in(caplog):
    return [value for value in PERSONAL if value in logged_text(caplog)]


def test_an_accepted_enquiry_and_its_emails(caplog, django_capture_on_commit_callbacks):
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        post_enquiry(Client(), LettingPageFactory())
    assert "received" in caplog.text
    assert personal_in(caplog) == []


def test_a_failing_mail_server(caplog, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        post_enquiry(Client(), LettingPageFactory())
    assert "acknowledgement email failed" in caplog.text
    assert personal_in(caplog) == []


@pytest.mark.parametrize("overrides", [{"website": "x"}, {"message": ""}])
def test_refused_posts(caplog, overrides):
    caplog.set_level(logging.DEBUG)
    post_enquiry(Client(), LettingPageFactory(), **overrides)
    assert personal_in(caplog) == []
