"""The admin add and edit views of every model, as editors and moderators meet them."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from lettings.models import Address, LettingPage
from profiles.models import Profile
from tests.factories import (
    AddressFactory,
    GroupMemberFactory,
    LettingPageFactory,
    ProfileFactory,
    UserFactory,
)
from tests.parsed_html import listing_rows, parsed, texts
from tests.signin import verified_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    return verified_login(client, user)


def member_of(group_name):
    return verified_login(Client(), GroupMemberFactory(group=group_name))


@pytest.fixture
def editor_client():
    return member_of("Editors")


@pytest.fixture
def moderator_client():
    return member_of("Moderators")


ADDRESS = {
    "number": "7",
    "street": "Pier Lane",
    "city": "Dana Point",
    "state": "CA",
    "zip_code": "02629",
    "country_iso_code": "USA",
}


def test_add_address(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_lettings_address:add"), ADDRESS
    )
    assert response.status_code == 302
    assert Address.objects.get().zip_code == "02629"


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("state", "ca", "two-letter state code"),
        ("zip_code", "1234", "five digits"),
        ("country_iso_code", "US", "three-letter ISO country code"),
        ("number", "10000", "less than or equal to 9999"),
        ("number", "0", "greater than or equal to 1"),
    ],
)
def test_address_rules_are_form_errors(editor_client, field, value, message):
    response = editor_client.post(
        reverse("wagtailsnippets_lettings_address:add"), {**ADDRESS, field: value}
    )
    errors = texts(parsed(response).select(".error-message"))
    assert len(errors) == 1 and message in errors[0]
    assert not Address.objects.exists()


def test_address_listing_filters_and_searches(editor_client):
    AddressFactory(city="Irvine", street="Harbor Road")
    AddressFactory(city="Tustin", street="Main Street")
    url = reverse("wagtailsnippets_lettings_address:list")
    [irvine] = listing_rows(editor_client.get(url + "?city=irvine"))
    assert "Harbor Road" in irvine
    [main] = listing_rows(editor_client.get(url + "?q=Main"))
    assert "Main Street" in main


def test_edit_address(editor_client):
    address = AddressFactory()
    url = reverse("wagtailsnippets_lettings_address:edit", args=[address.pk])
    assert editor_client.get(url).status_code == 200
    editor_client.post(url, {**ADDRESS, "street": "New Street"})
    address.refresh_from_db()
    assert address.street == "New Street"


def letting_form(address, **overrides):
    return nested_form_data(
        {
            "title": "Canyon House",
            "slug": "canyon-house",
            "address": address.pk,
            "summary": "Quiet house in the canyon.",
            "property_type": "house",
            "monthly_rent": "3100",
            "bedrooms": "3",
            "bathrooms": "2",
            "parking_spaces": "1",
            "body": streamfield(
                [
                    ("heading", {"text": "Inside", "size": "h2"}),
                    ("paragraph", rich_text("<p>Oak floors.</p>")),
                ]
            ),
            "gallery_images": inline_formset([]),
            **overrides,
        }
    )


def test_editor_drafts_a_letting_and_a_moderator_publishes_it(
    editor_client, moderator_client, letting_index, client
):
    address = AddressFactory()
    add_url = reverse(
        "wagtailadmin_pages:add", args=["lettings", "lettingpage", letting_index.pk]
    )
    assert editor_client.get(add_url).status_code == 200
    response = editor_client.post(add_url, letting_form(address))
    assert response.status_code == 302
    letting = LettingPage.objects.get(slug="canyon-house")
    assert not letting.live and letting.address == address
    assert client.get("/lettings/canyon-house/").status_code == 404

    edit_url = reverse("wagtailadmin_pages:edit", args=[letting.pk])
    moderator_client.post(
        edit_url, {**letting_form(address), "action-publish": "publish"}
    )
    body = parsed(client.get("/lettings/canyon-house/")).select_one(".letting__main")
    assert texts(body.select("h2")) == ["Inside"]
    assert texts(body.select("p")) == ["Quiet house in the canyon.", "Oak floors."]


def test_letting_without_address_is_a_form_error(editor_client, letting_index):
    add_url = reverse(
        "wagtailadmin_pages:add", args=["lettings", "lettingpage", letting_index.pk]
    )
    data = letting_form(AddressFactory())
    data["address"] = ""
    response = editor_client.post(add_url, data)
    assert response.status_code == 200
    assert not LettingPage.objects.exists()


def test_edit_a_letting(editor_client):
    letting = LettingPageFactory()
    url = reverse("wagtailadmin_pages:edit", args=[letting.pk])
    assert editor_client.get(url).status_code == 200
    editor_client.post(
        url, letting_form(letting.address, title="Renamed", slug=letting.slug)
    )
    assert (
        LettingPage.objects.get(pk=letting.pk).get_latest_revision_as_object().title
        == "Renamed"
    )


def test_flat_letting_listing_filters_by_city(editor_client):
    LettingPageFactory(title="Irvine Home")
    LettingPageFactory(title="Brea Home", address=AddressFactory(city="Brea"))
    [row] = listing_rows(
        editor_client.get(reverse("all_lettings:index") + "?city=Brea")
    )
    assert "Brea Home" in row


def test_edit_home_and_section_pages(
    admin_client, home_page, letting_index, profile_index
):
    for page in (home_page, letting_index, profile_index):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert admin_client.get(url).status_code == 200


def test_add_profile_as_draft(editor_client, client, profile_index):
    user = UserFactory(username="newbie")
    response = editor_client.post(
        reverse("wagtailsnippets_profiles_profile:add"),
        {"user": user.pk, "favorite_city": "Brea", "bio": "Hello"},
    )
    assert response.status_code == 302
    assert not Profile.objects.get(user=user).live
    assert client.get("/profiles/newbie/").status_code == 404


def test_edit_and_publish_profile(moderator_client, client, profile_index):
    profile = ProfileFactory(live=False)
    url = reverse("wagtailsnippets_profiles_profile:edit", args=[profile.pk])
    assert moderator_client.get(url).status_code == 200
    moderator_client.post(
        url,
        {
            "user": profile.user.pk,
            "favorite_city": "Orange",
            "bio": "",
            "action-publish": "1",
        },
    )
    profile.refresh_from_db()
    assert profile.live and profile.favorite_city == "Orange"
    assert client.get(f"/profiles/{profile.username}/").status_code == 200


def test_profile_listing_filters(editor_client):
    ProfileFactory(user=UserFactory(username="shown"), favorite_city="Brea")
    ProfileFactory(user=UserFactory(username="other"), favorite_city="Irvine")
    [row] = listing_rows(
        editor_client.get(
            reverse("wagtailsnippets_profiles_profile:list") + "?favorite_city=brea"
        )
    )
    assert "shown" in row.split()
