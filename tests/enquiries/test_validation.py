"""An invalid request comes back with the visitor's input and an error by each field."""

import pytest
from django.test import Client

from enquiries.models import Enquiry
from tests.factories import LettingPageFactory
from tests.parsed_html import parsed

from .helpers import error_for, form_of, post_enquiry

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "field, value",
    [
        ("name", ""),
        ("name", "Rosa\r\nBcc: victim@example.com"),
        ("email", ""),
        ("email", "not-an-address"),
        ("phone", "call me maybe"),
        ("message", ""),
        ("message", "x" * 2001),
        ("message", "http://a.example http://b.example www.c.example"),
        ("consent", ""),
    ],
)
def test_each_error_is_tied_to_its_field(field, value):
    letting = LettingPageFactory()
    response = post_enquiry(Client(), letting, **{field: value})

    assert response.status_code == 400
    form = form_of(response)
    assert error_for(form, field)
    others = {"name", "email", "phone", "preferred_times", "message"} - {field}
    assert all(error_for(form, other) is None for other in others)
    assert not Enquiry.objects.exists()


def test_the_input_is_kept():
    letting = LettingPageFactory()
    response = post_enquiry(Client(), letting, email="rosa@", message="Hello <b>")

    form = form_of(response)
    assert form.find(attrs={"name": "email"})["value"] == "rosa@"
    assert form.find(attrs={"name": "name"})["value"] == "Rosa Díaz"
    assert (
        form.find("textarea", attrs={"name": "message"}).get_text().lstrip("\n")
        == "Hello <b>"
    )
    # Escaped, the visitor's markup stays text: no element of the page comes of it.
    assert parsed(response, status_code=400).find("b") is None


def test_an_expired_or_forged_stamp_asks_to_send_again_with_a_fresh_one():
    letting = LettingPageFactory()
    response = post_enquiry(Client(), letting, stamp="forged")

    assert response.status_code == 400
    form = form_of(response)
    assert form.select_one(".form-errors [role=alert], .form-errors") is not None
    assert form.find(attrs={"name": "stamp"})["value"] != "forged"
    assert form.find(attrs={"name": "name"})["value"] == "Rosa Díaz"
    assert not Enquiry.objects.exists()
