"""Members keep their accounts and passwords; nobody becomes staff by import."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.test import RequestFactory

from tests.factories import UserFactory

from .builder import LEGACY_PASSWORD, build_legacy_database, sample_rows

# django-axes counts sign-ins per request: Client.login must pass one.
SIGN_IN = RequestFactory().post("/admin/login/")

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_members_are_imported_with_their_details(legacy_db, run_import):
    run_import(legacy_db)

    ada = User.objects.get(username="ada")
    assert (ada.first_name, ada.last_name, ada.email) == (
        "Ada",
        "Paul",
        "ada@example.com",
    )
    assert ada.is_active
    assert ada.date_joined == datetime.datetime(
        2020, 6, 14, 9, 44, 5, tzinfo=datetime.UTC
    )
    assert User.objects.get(username="bo").date_joined.microsecond == 123456


def test_members_sign_in_with_their_legacy_password(legacy_db, run_import, client):
    run_import(legacy_db)

    assert client.login(request=SIGN_IN, username="ada", password=LEGACY_PASSWORD)


def test_a_user_without_profile_is_skipped(legacy_db, run_import):
    output = run_import(legacy_db)

    assert not User.objects.filter(username="admin").exists()
    assert "Skipped users without a profile: admin" in output


def test_a_legacy_superuser_with_a_profile_becomes_a_plain_member(tmp_path, run_import):
    rows = sample_rows()
    rows["profiles"].append({"id": 3, "favorite_city": "Paris", "user_id": 1})

    run_import(build_legacy_database(tmp_path / "legacy.sqlite3", rows))

    admin = User.objects.get(username="admin")
    assert not admin.is_staff and not admin.is_superuser
    assert not User.objects.filter(is_staff=True).exists()
    assert not User.objects.filter(is_superuser=True).exists()


def test_an_inactive_legacy_user_stays_inactive(tmp_path, run_import):
    rows = sample_rows()
    rows["users"][1]["is_active"] = False

    run_import(build_legacy_database(tmp_path / "legacy.sqlite3", rows))

    assert not User.objects.get(username="ada").is_active


def test_a_staff_account_of_the_new_site_is_never_overwritten(legacy_db, run_import):
    editor = UserFactory(username="ada", is_staff=True)
    editor.set_password("editor-secret")
    editor.save()

    with pytest.raises(CommandError) as error:
        run_import(legacy_db)

    assert str(error.value) == (
        "auth_user row id=2: username 'ada' belongs to a staff account of the new site;"
        " the import never overwrites one"
    )
    editor.refresh_from_db()
    assert editor.check_password("editor-secret")


def test_a_new_legacy_password_follows_until_the_member_signs_in(tmp_path, run_import):
    rows = sample_rows()
    run_import(build_legacy_database(tmp_path / "first.sqlite3", rows))
    rows["users"][1]["password"] = "pbkdf2_sha256$1$salt$changed"

    run_import(build_legacy_database(tmp_path / "second.sqlite3", rows))

    assert User.objects.get(username="ada").password == "pbkdf2_sha256$1$salt$changed"


def test_a_member_who_signed_in_keeps_the_new_sites_password(
    tmp_path, run_import, client
):
    rows = sample_rows()
    run_import(build_legacy_database(tmp_path / "first.sqlite3", rows))
    assert client.login(request=SIGN_IN, username="ada", password=LEGACY_PASSWORD)
    rows["users"][1]["password"] = "pbkdf2_sha256$1$salt$changed"

    output = run_import(build_legacy_database(tmp_path / "second.sqlite3", rows))

    assert client.login(request=SIGN_IN, username="ada", password=LEGACY_PASSWORD)
    assert "users              0         0         2" in output
