import pytest
from django.test import Client

from tests.factories import (
    GroupMemberFactory,
    LettingPageFactory,
    ProfileFactory,
    UserFactory,
)
from tests.signin import verified_login


@pytest.fixture
def editor(db):
    return GroupMemberFactory(group="Editors", username="eddie")


@pytest.fixture
def moderator(db):
    return GroupMemberFactory(group="Moderators", username="molly")


@pytest.fixture
def marketer(db):
    return GroupMemberFactory(group="Marketing", username="mark")


@pytest.fixture
def client_for():
    def logged_in(user):
        return verified_login(Client(), user)

    return logged_in


@pytest.fixture
def draft_letting(letting_index, editor):
    """A letting never published, with one saved draft revision."""
    letting = LettingPageFactory(
        title="Harbour View", summary="Draft summary: sea views.", live=False
    )
    letting.save_revision(user=editor)
    return letting


@pytest.fixture
def live_letting(letting_index, editor):
    """A published letting whose latest revision is an unpublished edit."""
    letting = LettingPageFactory(title="Bay Cottage", summary="Published summary.")
    letting.save_revision(user=editor).publish()
    letting.summary = "Edited summary, not yet published."
    letting.save_revision(user=editor)
    return letting


@pytest.fixture
def draft_profile(profile_index, editor):
    profile = ProfileFactory(
        user=UserFactory(username="jo.doe", first_name="Jo", last_name="Doe"),
        bio="Draft bio: loves surfing.",
        live=False,
    )
    profile.save_revision(user=editor)
    return profile
