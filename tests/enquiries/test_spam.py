"""Robots' posts look accepted and nothing of them is kept."""

import time

import pytest
from django.test import Client

from enquiries.models import Enquiry
from enquiries.stamps import new_stamp
from tests.factories import LettingPageFactory

from .helpers import post_enquiry, thanks_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "make_overrides",
    [
        lambda: {"website": "http://spam.example"},
        lambda: {"stamp": new_stamp(time.time())},
        lambda: {"stamp": new_stamp(time.time() + 3600)},
    ],
    ids=["honeypot", "filled-too-fast", "stamp-from-the-future"],
)
def test_a_robot_is_sent_to_thanks_and_nothing_is_kept(make_overrides):
    letting = LettingPageFactory()
    response = post_enquiry(Client(), letting, **make_overrides())

    assert response.status_code == 303
    assert response["Location"] == thanks_url(letting)
    assert not Enquiry.objects.exists()
