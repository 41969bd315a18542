"""`ensure_local_admin` gives a developer a superuser (test_commands_need_debug.py: never
in production)."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command


def run():
    output = StringIO()
    call_command("ensure_local_admin", stdout=output)
    return output.getvalue()


def admin():
    return get_user_model().objects.get(username="admin")


def test_it_creates_a_superuser_and_prints_the_credentials(db, debug, monkeypatch):
    monkeypatch.delenv("LOCAL_ADMIN_PASSWORD", raising=False)
    output = run()
    assert admin().is_superuser and admin().is_staff
    assert admin().check_password("oc-lettings-local")
    assert "'admin'" in output and "'oc-lettings-local'" in output


def test_the_password_comes_from_the_environment(db, debug, monkeypatch):
    monkeypatch.setenv("LOCAL_ADMIN_PASSWORD", "sea-breeze-42")
    assert "'sea-breeze-42'" in run()
    assert admin().check_password("sea-breeze-42")


def test_an_existing_admin_keeps_its_password(db, debug, monkeypatch):
    monkeypatch.delenv("LOCAL_ADMIN_PASSWORD", raising=False)
    run()
    monkeypatch.setenv("LOCAL_ADMIN_PASSWORD", "another-password")
    output = run()
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert admin().check_password("oc-lettings-local")
    assert "already exists" in output and "another-password" not in output
