import pytest
from django.core.cache import caches
from django.db import connection
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Page

from home.models import HomePage
from lettings.models import LettingIndexPage
from profiles.models import ProfileIndexPage
from tests.signin import verified_login

pytest_plugins = ["tests.media", "tests.sentry_capture", "tests.xdist_scheduling"]

TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Mark the tests that run on a real transaction: they flush the database when they
    end, the skeleton the migrations made included."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        transactional = marker is not None and marker.kwargs.get("transaction")
        if transactional or TRANSACTIONAL_FIXTURES & set(item.fixturenames):
            item.add_marker("flushes_database")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that flushed the database, put back what the migrations made before
    a test that rolls back runs in the same process: so both kinds share the xdist
    workers. (A test marked serialized_rollback puts it back itself, when it starts.)"""
    outcome = yield
    if flushes(item) and nextitem is not None and not flushes(nextitem):
        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(
                connection._test_serialized_contents
            )
    return outcome


def flushes(item):
    return item.get_closest_marker("flushes_database") is not None


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as it starts with a rolled-back database:
    pages cached by one test must not answer the next one's requests."""
    caches["default"].clear()


@pytest.fixture
def home_page(db):
    return HomePage.objects.get()


@pytest.fixture
def letting_index(db):
    return LettingIndexPage.objects.get()


@pytest.fixture
def profile_index(db):
    return ProfileIndexPage.objects.get()


@pytest.fixture
def root_page(db):
    return Page.objects.get(depth=1)


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin client, with the second factor superusers must pass."""
    return verified_login(client, admin_user)
