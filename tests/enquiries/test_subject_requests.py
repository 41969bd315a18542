"""A superuser exports or erases everything about one email address."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from enquiries.models import Enquiry
from tests.factories import EnquiryFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("enquiries_for_email", *args, stdout=out)
    return out.getvalue()


def test_export_lists_every_enquiry_of_that_address_only():
    EnquiryFactory(email="rosa@example.com", name="Rosa", letting__title="Bay")
    EnquiryFactory(email="ROSA@example.com", name="Rosa", letting__title="Dune")
    EnquiryFactory(email="jake@example.com")

    exported = json.loads(run("rosa@example.com", "--export"))

    assert sorted(row["letting"] for row in exported) == ["Bay", "Dune"]
    assert {row["name"] for row in exported} == {"Rosa"}


def test_erase_deletes_the_enquiries_and_their_history():
    rosa = EnquiryFactory(email="rosa@example.com")
    log(instance=rosa, action="wagtail.edit")
    jake = EnquiryFactory(email="jake@example.com")

    assert run("rosa@example.com", "--erase") == "1 enquiries erased.\n"

    assert list(Enquiry.objects.all()) == [jake]
    assert not ModelLogEntry.objects.filter(object_id=str(rosa.pk)).exists()


def test_a_missing_address_is_a_clear_error():
    with pytest.raises(CommandError):
        run("nobody", "--erase")
