"""A crash while handling an enquiry reaches Sentry without the visitor's details."""

import json

import pytest
from django.test import RequestFactory
from wagtail import hooks

from enquiries.forms import EnquiryForm
from lettings.models import LettingPage
from tests.factories import LettingPageFactory
from tests.sentry_capture import serve_like_gunicorn

from .helpers import valid_data

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.filterwarnings("ignore:The send_default_pii option is deprecated"),
]


def crash_holding_the_form(request, letting):
    form = EnquiryForm(request.POST)
    details = form.data.dict()
    raise RuntimeError(f"failed for enquiry with {len(details)} fields")


def test_the_event_has_neither_the_form_nor_local_variables(
    sentry_transport,  # noqa: F811
):
    letting = LettingPageFactory()
    environ = RequestFactory().post(letting.url + "enquire/", valid_data()).environ

    with hooks.register_temporarily(
        LettingPage.ENQUIRE_HOOK, crash_holding_the_form, order=-1
    ):
        status = serve_like_gunicorn(environ)

    assert status == "500 Internal Server Error"
    [event] = sentry_transport.events()
    assert event["exception"]["values"][-1]["type"] == "RuntimeError"
    sent = json.dumps(event)
    for personal in ("Rosa", "rosa@example.com", "555 0123", "this weekend"):
        assert personal not in sent
