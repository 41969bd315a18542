"""The API shows only what visitors may see in the site's lists: no draft, private,
expired, under an unpublished section or let agreed past its days; no image only they
show; no profile a visitor cannot open."""

import datetime

import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.models import Page

from tests.api.documents import get_json, strings_in, titles
from tests.factories import LettingPageFactory, ProfileFactory, UserFactory
from tests.web.documents import overdue_letting, unseen_lettings

pytestmark = pytest.mark.django_db

LISTS = ["lettings/", "pages/", "pages/?type=lettings.LettingPage"]


def listed_titles(client, path):
    endpoint, _, query = path.partition("?")
    params = dict([query.split("=")]) if query else {}
    return titles(client, endpoint, **params)


@pytest.fixture
def hidden(letting_index, media_root):
    lettings = unseen_lettings() + [overdue_letting()]
    for letting in lettings:
        letting.listing_image = wagtail_factories.ImageFactory(
            title=f"{letting.title} photo"
        )
        letting.save(update_fields=["listing_image"])
    return lettings


def test_hidden_lettings_are_in_no_list_and_have_no_detail(client, hidden):
    shown = LettingPageFactory(title="Open home")
    for path in LISTS:
        found = listed_titles(client, path)
        assert "Open home" in found, path
        assert not {letting.title for letting in hidden} & set(found), path
    for letting in hidden:
        for endpoint in ("lettings", "pages"):
            document = get_json(client, f"{endpoint}/{letting.pk}/", status=404)
            assert set(document) == {"message"}
    assert get_json(client, f"lettings/{shown.pk}/")["title"] == "Open home"
    images = titles(client, "images/")
    assert not any(title.endswith(" photo") for title in images)


def test_a_section_unpublished_takes_its_lettings_out(client, letting_index):
    LettingPageFactory(title="Under a hidden section")
    Page.objects.get(pk=letting_index.pk).specific.unpublish()
    for path in LISTS:
        found = listed_titles(client, path)
        assert "Under a hidden section" not in found and "Lettings" not in found, path
    assert listed_titles(client, "lettings/") == []


def test_a_let_agreed_letting_stays_listed_during_its_days(client, letting_index):
    LettingPageFactory(
        title="Agreed yesterday",
        let_agreed_on=timezone.localdate() - datetime.timedelta(days=1),
        let_agreed_days=7,
    )
    (item,) = get_json(client, "lettings/")["items"]
    assert item["title"] == "Agreed yesterday"
    assert item["let_agreed_on"] == str(
        timezone.localdate() - datetime.timedelta(days=1)
    )


def test_profiles_show_public_fields_only(client, profile_index, media_root):
    member = UserFactory(
        username="quill_private",
        email="quill@example.com",
        first_name="Quill",
        last_name="Marsh",
    )
    ProfileFactory(user=member, favorite_city="Tustin", bio="Sea swimmer.")
    ProfileFactory(user=UserFactory(first_name="Draftina"), live=False)
    ProfileFactory(user=UserFactory(first_name="Gonevieve", is_active=False))

    listing = get_json(client, "profiles/", fields="*")
    (profile,) = listing["items"]
    assert profile["display_name"] == "Quill Marsh"
    assert profile["favorite_city"] == "Tustin" and profile["bio"] == "Sea swimmer."
    assert profile["meta"]["html_url"].endswith("/profiles/quill_private/")
    detail = get_json(client, f"profiles/{profile['id']}/")
    for document in (listing, detail):
        text = " ".join(strings_in(document))
        assert "quill@example.com" not in text
        assert "email" not in strings_in(document)
        assert "password" not in text and "Draftina" not in text
        assert "Gonevieve" not in text
    for field in ("email", "user", "username"):
        assert "message" in get_json(client, "profiles/", status=400, fields=field)
    assert "message" in get_json(client, "profiles/", status=400, user=member.pk)


def test_page_fields_never_name_people(client, letting_index):
    LettingPageFactory(title="Owned home", owner=UserFactory(email="owner@example.com"))
    document = get_json(client, "pages/", fields="*", type="lettings.LettingPage")
    assert "owner@example.com" not in " ".join(strings_in(document))
    assert "owner" not in strings_in(document)
    get_json(client, "pages/", status=400, fields="owner")
