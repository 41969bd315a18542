"""The flat lettings list appears only in the menus of people who can use it."""

import pytest

from tests.factories import GroupMemberFactory
from tests.site.admin_menu import submenu

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group,shown", [("Editors", True), ("Marketing", False)])
def test_all_lettings_menu_item(client, group, shown):
    client.force_login(GroupMemberFactory(group=group))
    lettings = submenu(client, "Lettings")
    assert (lettings.get("All lettings") == "/admin/all_lettings/") is shown
