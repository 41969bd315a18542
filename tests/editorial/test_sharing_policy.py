"""The one permission policy of the editorial area: reading drafts is its own right,
and making a share link takes it too, because a link shows a draft to anyone."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from editorial.models import ShareLink
from editorial.permissions import sharing_policy
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def link_maker_without_drafts(db):
    """Someone given the right to make links, but not to read drafts."""
    user = UserFactory(username="halfway")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_sharelink"),
    )
    return user


@pytest.mark.parametrize("action", ["view_draft", "add", "change", "view"])
def test_marketing_may_read_and_share(marketer, action):
    assert sharing_policy.user_has_permission(marketer, action)


def test_only_moderators_may_delete_links(editor, moderator, marketer):
    assert not sharing_policy.user_has_permission(editor, "delete")
    assert not sharing_policy.user_has_permission(moderator, "delete")
    assert not sharing_policy.user_has_permission(marketer, "delete")


def test_making_a_link_takes_the_right_to_read_drafts(link_maker_without_drafts):
    assert not sharing_policy.user_has_permission(link_maker_without_drafts, "add")


def test_the_policy_lists_the_same_people_it_lets_in(
    editor, marketer, link_maker_without_drafts
):
    sharers = set(sharing_policy.users_with_permission("add"))
    assert {editor, marketer} <= sharers
    assert link_maker_without_drafts not in sharers
    readers_or_sharers = sharing_policy.users_with_any_permission(["add", "view_draft"])
    assert link_maker_without_drafts not in set(readers_or_sharers)


def test_without_the_right_to_read_drafts_no_link_is_made(
    client_for, link_maker_without_drafts, draft_profile
):
    url = reverse("editorial_share_links:add", args=[draft_profile.latest_revision_id])
    response = client_for(link_maker_without_drafts).post(url, {"valid_for_days": 7})
    assert response.status_code in (302, 403)
    assert not ShareLink.objects.exists()
