"""The suite's one MEDIA_ROOT: uploads and renditions go to a temporary folder, never the
project's media/. `media_root` is the fixture for one test (registered in
tests/conftest.py); a fixture wider than a test (tests/demo loads its pictures once for
the package) uses `media_in` directly."""

from contextlib import contextmanager

import pytest
from django.test import override_settings


@contextmanager
def media_in(folder):
    """MEDIA_ROOT is `folder` inside the block (storages follow the setting's change)."""
    with override_settings(MEDIA_ROOT=folder):
        yield folder


@pytest.fixture
def media_root(tmp_path):
    with media_in(tmp_path / "media") as folder:
        yield folder
