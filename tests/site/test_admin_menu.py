"""The flat lettings list appears only in the menus of people who can use it."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group,shown", [("Editors", True), ("Marketing", False)])
def test_all_lettings_menu_item(client, group, shown):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    assert ("/admin/all_lettings/" in client.get("/admin/").content.decode()) is shown
