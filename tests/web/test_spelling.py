"""One spelling, US English, on the pages visitors read."""

import pytest

from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def test_profiles_say_favorite_city(client, profile_index):
    profile = ProfileFactory(favorite_city="Irvine")
    for url in ["/profiles/", profile.get_url(), "/search/?q=Irvine"]:
        html = client.get(url).content.decode()
        assert "Favorite city" in html, url
        assert "Favourite" not in html, url
