"""Scheduled publishing and expiry, run by `manage.py publish_scheduled`
(`make publish-scheduled`), with the clock frozen by time-machine."""

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command

from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db

MONDAY_9AM = datetime(2031, 3, 3, 9, 0, tzinfo=dt_timezone.utc)


@pytest.fixture
def clock():
    with time_machine.travel(MONDAY_9AM, tick=False) as traveller:
        yield traveller


def publish_due():
    call_command("publish_scheduled", stdout=StringIO())


def schedule(obj, user, go_live_at):
    obj.go_live_at = go_live_at
    obj.save_revision(user=user).publish(user=user)
    obj.refresh_from_db()


def test_a_letting_goes_live_when_its_time_comes(
    client, clock, moderator, draft_letting
):
    schedule(draft_letting, moderator, MONDAY_9AM + timedelta(hours=2))
    publish_due()
    assert not draft_letting.live
    assert client.get(draft_letting.url).status_code == 404

    clock.shift(timedelta(hours=2, minutes=1))
    publish_due()
    draft_letting.refresh_from_db()
    assert draft_letting.live
    assert client.get(draft_letting.url).status_code == 200


def test_a_letting_expires_when_its_time_comes(client, clock, letting_index):
    letting = LettingPageFactory(expire_at=MONDAY_9AM + timedelta(days=1))
    publish_due()
    assert client.get(letting.url).status_code == 200

    clock.shift(timedelta(days=1, seconds=1))
    publish_due()
    letting.refresh_from_db()
    assert not letting.live and letting.expired
    assert client.get(letting.url).status_code == 404


def test_a_profile_goes_live_when_its_time_comes(
    client, clock, moderator, draft_profile
):
    schedule(draft_profile, moderator, MONDAY_9AM + timedelta(minutes=30))
    assert not draft_profile.live

    clock.shift(timedelta(minutes=31))
    publish_due()
    draft_profile.refresh_from_db()
    assert draft_profile.live
    assert client.get("/profiles/jo.doe/").status_code == 200


def test_a_profile_expires_when_its_time_comes(client, clock, moderator, draft_profile):
    draft_profile.expire_at = MONDAY_9AM + timedelta(hours=1)
    draft_profile.save_revision(user=moderator).publish(user=moderator)
    assert client.get("/profiles/jo.doe/").status_code == 200

    clock.shift(timedelta(hours=1, seconds=1))
    publish_due()
    draft_profile.refresh_from_db()
    assert not draft_profile.live and draft_profile.expired
    assert client.get("/profiles/jo.doe/").status_code == 404
