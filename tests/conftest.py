import pytest
from django.core.cache import caches
from wagtail.models import Page
from xdist.scheduler import LoadFileScheduling

from home.models import HomePage
from lettings.models import LettingIndexPage
from profiles.models import ProfileIndexPage
from tests.signin import verified_login

pytest_plugins = ["tests.media"]

BROWSER_TESTS = "tests/browser/"


class FileThenBrowserScheduling(LoadFileScheduling):
    """pytest-xdist's `--dist loadfile`, except that the browser journeys form one unit:
    a single worker runs them all, one Chromium and one live server at a time, so that on
    a busy two-core machine they never compete with each other for the CPU."""

    def _split_scope(self, nodeid):
        if nodeid.startswith(BROWSER_TESTS):
            return BROWSER_TESTS
        return super()._split_scope(nodeid)


def pytest_xdist_make_scheduler(config, log):
    if config.getoption("dist") == "loadfile":
        return FileThenBrowserScheduling(config, log)
    return None


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
