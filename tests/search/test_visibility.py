"""Drafts, unpublished, expired and private content never shows in search: not in the
results, not in the suggestions, not in the counts."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from pytest_django.asserts import assertContains
from wagtail.models import PageViewRestriction

from lettings.models import LettingPage
from profiles.models import Profile
from tests.factories import LettingPageFactory, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

YESTERDAY = timezone.now() - datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def visible():
    LettingPageFactory(title="Osprey Lodge")
    ProfileFactory(
        user=UserFactory(
            username="osprey_watcher", first_name="Olive", last_name="Osprey"
        )
    )


@pytest.fixture
def hidden_lettings():
    LettingPageFactory(title="Osprey Draft", live=False)
    LettingPageFactory(title="Osprey Withdrawn").unpublish()
    private = LettingPageFactory(title="Osprey Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    expiring = LettingPageFactory(title="Osprey Expired")
    LettingPage.objects.filter(pk=expiring.pk).update(expire_at=YESTERDAY)


@pytest.fixture
def hidden_profiles():
    ProfileFactory(user__first_name="Osprey", live=False)
    ProfileFactory(user=UserFactory(first_name="Osprey", is_active=False))
    expiring = ProfileFactory(user__first_name="Osprey")
    Profile.objects.filter(pk=expiring.pk).update(expire_at=YESTERDAY)


@pytest.fixture
def scheduler_has_run(hidden_lettings, hidden_profiles):
    call_command("publish_scheduled", stdout=io.StringIO())


def test_results_and_counts_hold_live_public_content_only(client, scheduler_has_run):
    response = client.get("/search/", {"q": "osprey"})
    titles = [
        hit.item.title if hit.kind == "letting" else hit.item.username
        for hit in response.context["results_page"]
    ]
    assert titles == ["Osprey Lodge", "osprey_watcher"]
    assertContains(
        response,
        '<p class="result-count" role="status">2 results: 1 letting, 1 profile</p>',
        html=True,
    )


def test_suggestions_hold_live_public_content_only(suggest, scheduler_has_run):
    assert suggest("osp") == ["Osprey Lodge", "Olive Osprey"]


def test_filtered_lettings_hold_live_public_content_only(find, scheduler_has_run):
    assert find(city="Irvine") == ["Osprey Lodge"]
