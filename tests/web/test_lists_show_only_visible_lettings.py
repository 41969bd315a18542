"""The lettings list's JSON-LD holds only what visitors may see."""

import pytest

from tests.factories import LettingPageFactory
from tests.web.documents import json_ld_of_type, read_head, unseen_lettings

pytestmark = pytest.mark.django_db


def test_drafts_private_and_expired_lettings_are_not_in_the_item_list(client):
    visible = LettingPageFactory(title="Open home")
    unseen_lettings()
    (item_list,) = json_ld_of_type(read_head(client.get("/lettings/")), "ItemList")
    assert [item["name"] for item in item_list["itemListElement"]] == [visible.title]
