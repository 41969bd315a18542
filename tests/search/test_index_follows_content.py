"""The search index follows content: what editors publish, withdraw or change shows in
the very next search (tasks run immediately, as in production)."""

import pytest

from tests.factories import AddressFactory, LettingPageFactory, ProfileFactory

pytestmark = pytest.mark.django_db


def test_publishing_a_draft_makes_it_findable(find):
    draft = LettingPageFactory(title="Plover Point", live=False)
    assert find(q="plover") == []
    draft.save_revision().publish()
    assert find(q="plover") == ["Plover Point"]


def test_a_draft_change_shows_only_once_published(find):
    letting = LettingPageFactory(title="Plover Point")
    letting.title = "Sandpiper Point"
    revision = letting.save_revision()
    assert find(q="sandpiper") == []
    assert find(q="plover") == ["Plover Point"]
    revision.publish()
    assert find(q="sandpiper") == ["Sandpiper Point"]
    assert find(q="plover") == []


def test_unpublishing_removes_a_letting(find, suggest):
    letting = LettingPageFactory(title="Plover Point")
    letting.unpublish()
    assert find(q="plover") == []
    assert suggest("plov") == []


def test_deleting_removes_a_letting(find):
    LettingPageFactory(title="Plover Point").delete()
    assert find(q="plover") == []


def test_editing_an_address_reindexes_its_lettings(find, suggest):
    address = AddressFactory(street="Ocean Avenue", city="Irvine")
    LettingPageFactory(title="Plover Point", address=address)
    LettingPageFactory(title="Plover Cove", address=address)
    address.street = "Crown Valley Parkway"
    address.city = "Dana Point"
    address.save()
    assert sorted(find(q="dana")) == ["Plover Cove", "Plover Point"]
    assert sorted(find(q="crown valley")) == ["Plover Cove", "Plover Point"]
    assert find(q="ocean") == []
    assert sorted(suggest("dan")) == ["Plover Cove", "Plover Point"]


def test_renaming_a_member_reindexes_their_profile(find, suggest):
    profile = ProfileFactory(user__username="sandpiper", user__first_name="Ada")
    user = profile.user
    user.first_name = "Marguerite"
    user.last_name = "Perey"
    user.save()
    assert find(q="marguerite perey") == ["sandpiper"]
    assert find(q="ada") == []
    assert suggest("margu") == ["Marguerite Perey"]


def test_publishing_a_profile_change_reindexes_it(find):
    profile = ProfileFactory(user__username="sandpiper", bio="Birdwatcher.")
    profile.bio = "Kitesurfer."
    profile.save_revision().publish()
    assert find(q="kitesurfer") == ["sandpiper"]
    assert find(q="birdwatcher") == []
