"""Up to three preferred dates besides the free text: optional, from tomorrow on, each
error by its own field; kept, and shown to the team in the admin."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone
from django.utils.formats import date_format

from enquiries.models import Enquiry
from tests.factories import EnquiryFactory, LettingPageFactory

from .helpers import error_for, form_of, post_enquiry, signed_in

pytestmark = pytest.mark.django_db

DATE_FIELDS = ["preferred_date_1", "preferred_date_2", "preferred_date_3"]


def days_from_today(days):
    return timezone.localdate() + timedelta(days=days)


def test_the_form_offers_three_optional_date_inputs():
    form = form_of(Client().get(LettingPageFactory().url))
    inputs = [form.find("input", attrs={"name": name}) for name in DATE_FIELDS]
    assert [field["type"] for field in inputs] == ["date"] * 3
    assert all(not field.has_attr("required") for field in inputs)
    assert all(form.find("label", attrs={"for": field["id"]}) for field in inputs)
    assert {field["min"] for field in inputs} == {days_from_today(1).isoformat()}


def test_the_dates_are_kept_in_their_order():
    letting = LettingPageFactory()
    chosen = [days_from_today(3), days_from_today(1), days_from_today(30)]
    response = post_enquiry(
        Client(),
        letting,
        **{
            name: day.isoformat() for name, day in zip(DATE_FIELDS, chosen, strict=True)
        },
    )

    assert response.status_code == 303
    assert Enquiry.objects.get().preferred_dates() == chosen


def test_no_dates_is_fine():
    assert post_enquiry(Client(), LettingPageFactory()).status_code == 303
    assert Enquiry.objects.get().preferred_dates() == []


@pytest.mark.parametrize(
    "value",
    [
        days_from_today(0).isoformat(),
        days_from_today(-1).isoformat(),
        days_from_today(400).isoformat(),
        "2027-02-30",
        "next Tuesday",
    ],
    ids=["today", "yesterday", "past the horizon", "no such day", "not a date"],
)
@pytest.mark.parametrize("field", DATE_FIELDS)
def test_a_bad_date_is_refused_by_its_own_field(field, value):
    fine = days_from_today(5).isoformat()
    data = {name: fine for name in DATE_FIELDS}
    data[field] = value
    response = post_enquiry(Client(), LettingPageFactory(), **data)

    assert response.status_code == 400
    form = form_of(response)
    assert error_for(form, field)
    assert [error_for(form, name) for name in DATE_FIELDS if name != field] == [
        None,
        None,
    ]
    assert form.find("input", attrs={"name": field})["value"] == value
    assert not Enquiry.objects.exists()


def test_the_team_sees_the_dates_on_the_enquiry():
    enquiry = EnquiryFactory(
        preferred_date_1=days_from_today(2), preferred_date_2=days_from_today(4)
    )
    team, _ = signed_in("Lettings team")

    response = team.get(f"/admin/enquiries/edit/{enquiry.pk}/")

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    shown = page.get_text(" ", strip=True)
    for day in (days_from_today(2), days_from_today(4)):
        assert date_format(day) in shown
    assert page.find("input", attrs={"name": "preferred_date_1"}) is None
