import pytest
from django.db import transaction

from demo.loader import load_demo_content
from tests.media import media_in


@pytest.fixture(scope="package")
def demo_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded once for the whole package (loading takes seconds), its pictures in
    a temporary MEDIA_ROOT, and everything rolled back when the package is done."""
    with django_db_blocker.unblock(), media_in(tmp_path_factory.mktemp("demo_media")):
        with transaction.atomic():
            outcomes = load_demo_content()
            yield outcomes
            transaction.set_rollback(True)


@pytest.fixture
def demo(demo_content, db):
    """The package's demo content, inside the test's own transaction."""
    return demo_content


@pytest.fixture
def debug(settings):
    """The demo's commands run only with DEBUG on, as on a developer's machine."""
    settings.DEBUG = True
