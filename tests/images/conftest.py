import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(media_root):
    """Every test here may upload or render images."""


@pytest.fixture
def tasks_wait(settings):
    """Queued tasks wait (Django's dummy backend) instead of running in the request."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
