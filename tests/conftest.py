import coverage
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


@pytest.fixture(scope="session")
def untraced_migrations():
    """Coverage stopped while a worker migrates its test database: migrations are left
    out of the report, and tracing them cost each worker 4.5 CPU s. Returns the
    tracer to start again, or None when coverage is off."""
    tracer = coverage.Coverage.current()
    if tracer is not None:
        tracer.stop()
    return tracer


@pytest.fixture(scope="session")
def django_db_setup(untraced_migrations, django_db_setup):
    """pytest-django's test database, made with coverage stopped (fixtures of one scope
    are made in the order they are asked for)."""
    if untraced_migrations is not None:
        untraced_migrations.start()


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
