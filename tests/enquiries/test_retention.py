"""Enquiries older than ENQUIRY_RETENTION_DAYS are anonymised, and only those."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from enquiries.models import Enquiry
from tests.factories import EnquiryFactory

pytestmark = pytest.mark.django_db


def received_days_ago(days, **fields):
    enquiry = EnquiryFactory(**fields)
    Enquiry.objects.filter(pk=enquiry.pk).update(
        created_at=timezone.now() - timedelta(days=days)
    )
    return enquiry


def run(**options):
    out = StringIO()
    call_command("anonymise_enquiries", stdout=out, **options)
    return out.getvalue()


def test_old_enquiries_are_anonymised_recent_ones_kept(settings):
    settings.ENQUIRY_RETENTION_DAYS = 30
    old = received_days_ago(31, name="Rosa Díaz", email="rosa@example.com")
    recent = received_days_ago(29, name="Jake Peralta")

    assert run() == "1 enquiries anonymised.\n"
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email, old.message) == (
        "(anonymised)",
        "anonymised@invalid",
        "(anonymised)",
    )
    assert old.anonymised_at is not None and old.letting_id is not None
    assert recent.name == "Jake Peralta"
    assert run() == "0 enquiries anonymised.\n"


def test_the_default_is_a_year():
    received_days_ago(364)
    assert run() == "0 enquiries anonymised.\n"
    received_days_ago(366)
    assert run() == "1 enquiries anonymised.\n"
