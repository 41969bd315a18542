import pytest
from django.db import transaction
from django.test import override_settings

from home.demo.loader import load_demo_content


@pytest.fixture(scope="package")
def demo_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded once for the whole package (loading takes seconds), its pictures in
    a temporary MEDIA_ROOT, and everything rolled back when the package is done."""
    media_root = tmp_path_factory.mktemp("demo_media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
        with transaction.atomic():
            tally = load_demo_content()
            yield tally
            transaction.set_rollback(True)


@pytest.fixture
def demo(demo_content, db):
    """The package's demo content, inside the test's own transaction."""
    return demo_content
