"""The roles migration: three groups, each with exactly the rights of its role, and
lettings and profiles under the moderators' approval workflow."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from home.models import HomePage
from profiles.models import Profile
from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db

roles_migration = importlib.import_module("editorial.migrations.0002_roles")

ALL_RIGHTS = [
    "wagtailadmin.access_admin",
    "lettings.add_address",
    "lettings.change_address",
    "lettings.delete_address",
    "lettings.view_address",
    "profiles.add_profile",
    "profiles.change_profile",
    "profiles.delete_profile",
    "profiles.publish_profile",
    "profiles.lock_profile",
    "profiles.unlock_profile",
    "profiles.view_profile",
    "editorial.view_draft",
    "editorial.add_sharelink",
    "editorial.change_sharelink",
    "editorial.view_sharelink",
    "editorial.delete_sharelink",
]
GRANTED = {
    "editor": {
        "wagtailadmin.access_admin",
        "lettings.add_address",
        "lettings.change_address",
        "lettings.view_address",
        "profiles.add_profile",
        "profiles.change_profile",
        "profiles.lock_profile",
        "profiles.view_profile",
        "editorial.view_draft",
        "editorial.add_sharelink",
        "editorial.change_sharelink",
        "editorial.view_sharelink",
    },
    "moderator": set(ALL_RIGHTS) - {"editorial.delete_sharelink"},
    "marketer": {
        "wagtailadmin.access_admin",
        "lettings.view_address",
        "profiles.view_profile",
        "editorial.view_draft",
        "editorial.add_sharelink",
        "editorial.change_sharelink",
        "editorial.view_sharelink",
    },
}


def test_the_three_groups_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators", "Marketing"} <= names


@pytest.mark.parametrize("role", ["editor", "moderator", "marketer"])
@pytest.mark.parametrize("right", ALL_RIGHTS)
def test_each_role_has_exactly_its_model_rights(request, role, right):
    user = request.getfixturevalue(role)
    assert user.has_perm(right) is (right in GRANTED[role])


LETTING_RIGHTS = ["can_edit", "can_publish", "can_unpublish", "can_lock", "can_unlock"]
LETTING_GRANTED = {
    "editor": {"can_edit", "can_lock"},
    "moderator": set(LETTING_RIGHTS),
    "marketer": set(),
}


@pytest.mark.parametrize("role", ["editor", "moderator", "marketer"])
@pytest.mark.parametrize("right", LETTING_RIGHTS)
def test_each_role_has_exactly_its_rights_on_a_live_letting(
    request, letting_index, role, right
):
    user = request.getfixturevalue(role)
    letting = LettingPageFactory()
    tester = letting.permissions_for_user(user)
    assert getattr(tester, right)() is (right in LETTING_GRANTED[role])


@pytest.mark.parametrize(
    "role, can_add", [("editor", True), ("moderator", True), ("marketer", False)]
)
def test_who_can_create_lettings(request, letting_index, role, can_add):
    user = request.getfixturevalue(role)
    assert letting_index.permissions_for_user(user).can_add_subpage() is can_add


@pytest.mark.parametrize("role", ["editor", "moderator", "marketer"])
def test_nobody_deletes_a_live_letting_but_moderators(request, letting_index, role):
    user = request.getfixturevalue(role)
    letting = LettingPageFactory()
    assert letting.permissions_for_user(user).can_delete() is (role == "moderator")


@pytest.mark.parametrize("role", ["editor", "moderator", "marketer"])
def test_page_rights_stop_at_the_lettings_section(request, role):
    """Wagtail's defaults let Editors and Moderators edit every page, home included."""
    user = request.getfixturevalue(role)
    assert not HomePage.objects.get().permissions_for_user(user).can_edit()


@pytest.mark.parametrize(
    "role, can_upload", [("editor", True), ("moderator", True), ("marketer", False)]
)
def test_who_can_upload_and_choose_images(request, role, can_upload):
    user = request.getfixturevalue(role)
    assert image_policy.user_has_permission(user, "add") is can_upload
    assert image_policy.user_has_permission(user, "choose") is can_upload


def test_lettings_and_profiles_go_through_moderator_approval(letting_index):
    moderators = Group.objects.get(name="Moderators")
    for workflow in (
        LettingPageFactory().get_workflow(),
        Profile().get_workflow(),
    ):
        assert workflow.name == "Moderators approval"
        (task,) = [task.specific for task in workflow.tasks]
        assert list(task.groups.all()) == [moderators]


def snapshot():
    return (
        sorted(Group.objects.values_list("name", "permissions__codename")),
        sorted(GroupPagePermission.objects.values_list("group", "page", "permission")),
        sorted(
            GroupCollectionPermission.objects.values_list(
                "group", "collection", "permission"
            )
        ),
    )


def test_running_the_migration_again_changes_nothing():
    before = snapshot()
    roles_migration.create_roles(apps, schema_editor=None)
    assert snapshot() == before


def test_running_it_again_restores_a_removed_right():
    editors = Group.objects.get(name="Editors")
    editors.permissions.remove(editors.permissions.get(codename="change_profile"))
    roles_migration.create_roles(apps, schema_editor=None)
    assert editors.permissions.filter(codename="change_profile").exists()
