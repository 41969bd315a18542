"""A profile's member is picked with a searchable, paginated chooser, never a <select>
of every account, and cannot be changed once the profile is saved."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from profiles.models import Profile
from tests.factories import GroupMemberFactory, ProfileFactory, UserFactory
from tests.signin import verified_login

pytestmark = pytest.mark.django_db

MANY = 300


@pytest.fixture
def many_members(db):
    return get_user_model().objects.bulk_create(UserFactory.build_batch(MANY))


@pytest.fixture
def editor_client():
    return verified_login(Client(), GroupMemberFactory(group="Editors"))


def parsed(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def chooser_rows(client, **params):
    """The usernames on one page of the chooser's results, in order."""
    url = reverse("member_chooser:choose_results")
    soup = parsed(client.get(url, params))
    return [
        row.select_one("td a").get_text(strip=True) for row in soup.select("tbody tr")
    ]


@pytest.mark.parametrize("view", ["add", "edit"])
def test_the_profile_form_lists_no_accounts(editor_client, many_members, view):
    args = [ProfileFactory().pk] if view == "edit" else []
    url = reverse(f"wagtailsnippets_profiles_profile:{view}", args=args)
    soup = parsed(editor_client.get(url))
    assert soup.select("select[name=user]") == []
    assert len(soup.find_all("option")) < MANY


def test_a_new_profile_offers_the_member_chooser(editor_client, many_members):
    soup = parsed(editor_client.get(reverse("wagtailsnippets_profiles_profile:add")))
    field = soup.select_one("input[name=user]")
    assert field["type"] == "hidden"
    choose = soup.select("#panel-user-content button[data-chooser-action-choose]")
    assert "Choose a member" in [button.get_text(strip=True) for button in choose]


def test_a_saved_profile_shows_its_member_as_text(editor_client):
    profile = ProfileFactory(user=UserFactory(username="jo.doe"))
    url = reverse("wagtailsnippets_profiles_profile:edit", args=[profile.pk])
    soup = parsed(editor_client.get(url))
    assert soup.select("[name=user]") == []
    (output,) = soup.select("#panel-user-content .w-field__textoutput")
    assert output.get_text(strip=True) == "jo.doe"


def test_posting_another_member_does_not_move_a_profile(editor_client):
    profile = ProfileFactory(user=UserFactory(username="jo.doe"))
    other = UserFactory(username="someone.else")
    url = reverse("wagtailsnippets_profiles_profile:edit", args=[profile.pk])
    response = editor_client.post(
        url, {"user": other.pk, "favorite_city": "Brea", "bio": ""}
    )
    assert response.status_code == 302
    assert Profile.objects.get(pk=profile.pk).user.username == "jo.doe"
    assert not Profile.objects.filter(user=other).exists()


@pytest.mark.parametrize("query", ["jo.d", "JOANNA", "marsh", "jo@harbour"])
def test_the_chooser_searches_usernames_names_and_emails(
    editor_client, many_members, query
):
    UserFactory(
        username="jo.doe",
        first_name="Joanna",
        last_name="Marsh",
        email="jo@harbour.example",
    )
    assert chooser_rows(editor_client, q=query) == ["jo.doe"]


def test_the_chooser_pages_through_the_members(editor_client, many_members):
    first, second = chooser_rows(editor_client), chooser_rows(editor_client, p=2)
    assert len(first) == len(second) == 20
    assert not set(first) & set(second)
    assert first == sorted(first)


def test_the_chooser_offers_only_active_members_without_a_profile(editor_client):
    ProfileFactory(user=UserFactory(username="has.profile"))
    UserFactory(username="gone", is_active=False)
    UserFactory(username="needs.profile")
    assert "needs.profile" in chooser_rows(editor_client)
    assert not {"has.profile", "gone"} & set(chooser_rows(editor_client))


def test_an_unknown_page_of_results_is_a_404(editor_client):
    url = reverse("member_chooser:choose_results")
    assert editor_client.get(url, {"p": 999}).status_code == 404


@pytest.mark.parametrize("name", ["choose", "choose_results"])
def test_people_who_cannot_add_profiles_cannot_list_members(name):
    marketing = verified_login(Client(), GroupMemberFactory(group="Marketing"))
    assert marketing.get(reverse(f"member_chooser:{name}")).status_code in (302, 403)


def test_choosing_a_member_returns_them(editor_client):
    member = UserFactory(username="jo.doe")
    url = reverse("member_chooser:chosen", args=[member.pk])
    response = editor_client.get(url)
    assert response.json()["result"]["id"] == str(member.pk)
    assert response.json()["result"]["title"] == "jo.doe"
