"""Password guessing: five wrong passwords lock the account, five from one address lock
the address (read as Heroku's router reports it), page-privacy passwords likewise; the
lockout says so clearly and a superuser can lift it."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.factories import LettingPageFactory, UserFactory
from tests.signin import PASSWORD

pytestmark = pytest.mark.django_db

LIMIT = 5


@pytest.fixture
def eddie():
    user = UserFactory(username="eddie")
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(username, password, address="198.51.100.1"):
    return Client(REMOTE_ADDR=address).post(
        "/admin/login/", {"username": username, "password": password}
    )


def assert_locked_out(response):
    assert response.status_code == 429
    assert "Too many wrong passwords" in response.text
    assert "a site administrator can unlock it" in response.text


def test_five_wrong_passwords_lock_the_account_from_any_address(eddie):
    for attempt in range(LIMIT - 1):
        assert sign_in("eddie", "wrong", f"198.51.100.{attempt}").status_code == 200

    # The fifth wrong password is answered with the lockout, and so is the right one.
    assert_locked_out(sign_in("eddie", "wrong", "198.51.100.99"))
    assert_locked_out(sign_in("eddie", PASSWORD, "203.0.113.50"))


def test_five_wrong_passwords_from_one_address_lock_that_address(eddie):
    for attempt in range(LIMIT):
        sign_in(f"guess{attempt}", "wrong", "198.51.100.7")

    assert_locked_out(sign_in("eddie", PASSWORD, "198.51.100.7"))
    assert sign_in("eddie", PASSWORD, "198.51.100.8").status_code == 302


def test_a_right_password_before_the_limit_starts_the_count_again(eddie):
    for _ in range(LIMIT - 1):
        sign_in("eddie", "wrong")
    assert sign_in("eddie", PASSWORD).status_code == 302

    for _ in range(LIMIT - 1):
        sign_in("eddie", "wrong")
    assert sign_in("eddie", PASSWORD).status_code == 302


def test_behind_herokus_router_the_address_is_the_one_it_appended(eddie, settings):
    settings.FORWARDED_FOR_HOPS = 1

    def via_router(username, password, forwarded_for):
        return Client(REMOTE_ADDR="10.1.2.3").post(
            "/admin/login/",
            {"username": username, "password": password},
            headers={"x-forwarded-for": forwarded_for},
        )

    # A guesser forges a new first entry each time; the router's own entry stays.
    for attempt in range(LIMIT):
        via_router(f"guess{attempt}", "wrong", f"192.0.2.{attempt}, 203.0.113.9")

    assert AccessAttempt.objects.filter(ip_address="203.0.113.9").count() == LIMIT
    assert_locked_out(via_router("eddie", PASSWORD, "203.0.113.9"))
    assert via_router("eddie", PASSWORD, "203.0.113.9, 203.0.113.10").status_code == 302


def test_a_superuser_unlocks_an_account(eddie):
    for attempt in range(LIMIT):
        sign_in("eddie", "wrong", f"198.51.100.{attempt}")
    assert_locked_out(sign_in("eddie", PASSWORD, "198.51.100.20"))

    call_command("axes_reset_username", "eddie")

    assert sign_in("eddie", PASSWORD, "198.51.100.20").status_code == 302


def test_a_superuser_unlocks_an_address(eddie):
    for attempt in range(LIMIT):
        sign_in(f"guess{attempt}", "wrong", "198.51.100.9")
    assert_locked_out(sign_in("eddie", PASSWORD, "198.51.100.9"))

    call_command("axes_reset_ip", "198.51.100.9")

    assert sign_in("eddie", PASSWORD, "198.51.100.9").status_code == 302


@pytest.fixture
def private_letting(letting_index):
    letting = LettingPageFactory(title="Private Loft")
    restriction = PageViewRestriction.objects.create(
        page=letting, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    return letting, f"/_util/authenticate_with_password/{restriction.pk}/{letting.pk}/"


def try_page_password(url, password, address="198.51.100.1"):
    return Client(REMOTE_ADDR=address).post(
        url, {"password": password, "return_url": "/lettings/private-loft/"}
    )


def test_page_privacy_passwords_lock_after_five_wrong_guesses(private_letting):
    letting, url = private_letting
    assert try_page_password(url, "s3cret").status_code == 302
    for attempt in range(LIMIT - 1):
        wrong = try_page_password(url, "guess", f"198.51.100.{attempt}")
        assert wrong.status_code == 200  # the form again, "not correct"
    assert try_page_password(url, "guess", "198.51.100.99").status_code == 429

    locked = try_page_password(url, "s3cret", "203.0.113.60")

    assert locked.status_code == 429
    assert "this page's password" in locked.text


def test_page_password_guesses_count_against_the_address_too(private_letting, eddie):
    letting, url = private_letting
    for _ in range(LIMIT):
        try_page_password(url, "guess", "198.51.100.30")

    assert_locked_out(sign_in("eddie", PASSWORD, "198.51.100.30"))
