"""The flat lettings list appears only in the menus of people who can use it."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory
from tests.site.admin_menu import submenu

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group,shown", [("Editors", True), ("Marketing", False)])
def test_all_lettings_menu_item(client, group, shown):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    lettings = submenu(client, "Lettings")
    assert (lettings.get("All lettings") == "/admin/all_lettings/") is shown
