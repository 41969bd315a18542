"""The suite's one MEDIA_ROOT fixture (registered in tests/conftest.py): uploads and
renditions go to the test's own temporary folder, never the project's media/."""

import pytest


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
