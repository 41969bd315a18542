"""The admin menu holds one group per area (Lettings, Review drafts), not loose items,
and each person sees in a group only what they may open."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.factories import GroupMemberFactory, UserFactory
from tests.signin import verified_login
from tests.site.admin_menu import submenu, top_labels

pytestmark = pytest.mark.django_db

LETTINGS = {
    "All lettings": "/admin/all_lettings/",
    "Addresses": "/admin/snippets/lettings/address/",
}
REVIEW = {
    "Letting drafts": "/admin/review/lettings/",
    "Profile drafts": "/admin/review/profiles/",
    "Share links": "/admin/share-links/",
}


def signed_in(client, group_name):
    return verified_login(client, GroupMemberFactory(group=group_name))


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_the_team_sees_each_area_as_one_group(client, group):
    client = signed_in(client, group)
    labels = top_labels(client)
    assert labels.index("Lettings") < labels.index("Profiles")
    assert labels.index("Profiles") < labels.index("Review drafts")
    for loose in [*LETTINGS, *REVIEW]:
        assert loose not in labels
    assert submenu(client, "Lettings") == LETTINGS
    assert submenu(client, "Review drafts") == REVIEW


def test_marketing_sees_addresses_but_not_the_page_listing(client):
    client = signed_in(client, "Marketing")
    assert submenu(client, "Lettings") == {"Addresses": LETTINGS["Addresses"]}
    assert submenu(client, "Review drafts") == REVIEW


def test_someone_without_a_role_sees_neither_group(client):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    verified_login(client, user)
    labels = top_labels(client)
    assert "Lettings" not in labels and "Review drafts" not in labels


def test_every_group_entry_opens(client):
    client = signed_in(client, "Moderators")
    for url in [*LETTINGS.values(), *REVIEW.values()]:
        assert client.get(url).status_code == 200, url
    assert reverse("all_lettings:index") == LETTINGS["All lettings"]
