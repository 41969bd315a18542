"""Two-factor sign-in: required of superusers and Moderators, offered to Editors and
Marketing; an authenticator app (TOTP) or a one-time recovery code."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.recovery_codes import make_codes
from tests.factories import GroupMemberFactory
from tests.signin import PASSWORD, authenticator, current_code, verified_login

pytestmark = pytest.mark.django_db

TWO_FACTOR_FORM = "/admin/2fa/auth"
# An admin listing every role may open.
ADDRESSES = "/admin/snippets/lettings/address/"


def member(role):
    if role == "Superuser":
        user = GroupMemberFactory(
            username="superuser", is_superuser=True, is_staff=True
        )
    else:
        user = GroupMemberFactory(username=role.lower(), group=role)
    return get_user_model().objects.get(pk=user.pk)


def signed_in_with_password(user):
    client = Client()
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


@pytest.mark.parametrize("role", ["Superuser", "Moderators"])
def test_a_password_alone_does_not_open_the_admin_to(role):
    user = member(role)
    client = signed_in_with_password(user)

    response = client.get("/admin/")

    # No app yet: straight to setting one up; nothing else of the admin opens.
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtail_2fa_device_new"))
    assert client.get(ADDRESSES).status_code == 302


@pytest.mark.parametrize("role", ["Superuser", "Moderators"])
def test_with_an_app_the_code_is_asked_for_then_the_admin_opens(role):
    user = member(role)
    device = authenticator(user)
    client = signed_in_with_password(user)
    assert client.get("/admin/")["Location"].startswith(TWO_FACTOR_FORM)

    right = client.post(
        TWO_FACTOR_FORM, {"otp_token": current_code(device), "next": "/admin/"}
    )

    assert right.status_code == 302 and right["Location"] == "/admin/"
    assert client.get(ADDRESSES).status_code == 200


def test_a_wrong_code_is_refused_and_the_next_guess_must_wait():
    user = member("Moderators")
    device = authenticator(user)
    client = signed_in_with_password(user)

    wrong = client.post(TWO_FACTOR_FORM, {"otp_token": "000000", "next": "/admin/"})
    at_once = client.post(
        TWO_FACTOR_FORM, {"otp_token": current_code(device), "next": "/admin/"}
    )

    assert wrong.status_code == 200 and at_once.status_code == 200
    assert client.get(ADDRESSES).status_code == 302


@pytest.mark.parametrize("role", ["Editors", "Marketing"])
def test_others_are_offered_it_but_not_made_to(role):
    user = member(role)
    client = signed_in_with_password(user)

    dashboard = client.get("/admin/")
    account = client.get("/admin/account/")

    assert dashboard.status_code == 200
    assert reverse("wagtail_2fa_device_list", args=[user.pk]) in account.text


def test_an_editor_who_added_an_app_is_asked_for_its_code():
    user = member("Editors")
    authenticator(user)
    client = signed_in_with_password(user)

    assert client.get("/admin/")["Location"].startswith(TWO_FACTOR_FORM)


def test_a_moderator_enrols_an_app_with_a_first_code():
    user = member("Moderators")
    client = signed_in_with_password(user)
    setup = client.get(reverse("wagtail_2fa_device_new"))
    assert setup.status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)

    response = client.post(
        reverse("wagtail_2fa_device_new"),
        {"name": "Phone", "otp_token": current_code(device), "password": PASSWORD},
    )

    assert response.status_code == 302
    assert TOTPDevice.objects.get(user=user).confirmed
    assert client.get(ADDRESSES).status_code == 200


def test_a_recovery_code_stands_in_for_the_app_once():
    user = member("Moderators")
    authenticator(user)
    [code, *_] = make_codes(user)

    first = signed_in_with_password(user)
    used = first.post(TWO_FACTOR_FORM, {"otp_token": code, "next": "/admin/"})
    again = signed_in_with_password(user)
    reused = again.post(TWO_FACTOR_FORM, {"otp_token": code, "next": "/admin/"})

    assert used.status_code == 302
    assert first.get(ADDRESSES).status_code == 200
    assert reused.status_code == 200  # the form again: that code is spent


def test_recovery_codes_are_made_from_a_verified_session_and_shown_once():
    user = member("Moderators")
    client = verified_login(Client(), user)
    url = reverse("accounts_recovery_codes")

    made = client.post(url)
    later = client.get(url)

    assert made.status_code == 200
    assert len(made.context["codes"]) == 10
    assert made.context["codes"][0] in made.text
    assert made.context["codes"][0] not in later.text
    assert "10 unused recovery codes" in later.text


def test_recovery_codes_need_an_app_first():
    user = member("Editors")
    client = signed_in_with_password(user)

    response = client.post(reverse("accounts_recovery_codes"))

    assert response.context["codes"] == []
    assert reverse("wagtail_2fa_device_new") in response.text


def test_the_verified_login_helper_reaches_the_admin_for_every_role():
    for role in ("Superuser", "Moderators", "Editors", "Marketing"):
        client = verified_login(Client(), member(role))
        assert client.get("/admin/").status_code == 200, role
