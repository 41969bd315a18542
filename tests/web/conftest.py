import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(media_root):
    """Every test here may upload or render images."""


@pytest.fixture(autouse=True)
def public_host(settings):
    """A public host unlike the test client's, so addresses show where they come from."""
    settings.WAGTAILADMIN_BASE_URL = "https://lettings.example.com"


@pytest.fixture
def tasks_wait(settings):
    """Queued tasks wait (Django's dummy backend): renditions are not made yet."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
