import pytest
from wagtail.models import Page

from home.models import HomePage
from lettings.models import LettingIndexPage
from profiles.models import ProfileIndexPage


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
