from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision

from lettings.models import Address, LettingPage
from profiles.models import Profile

from .builder import build_legacy_database

COUNTED_MODELS = [
    get_user_model(),
    Profile,
    Address,
    Page,
    LettingPage,
    Redirect,
    Revision,
]


@pytest.fixture
def legacy_db(tmp_path):
    """A small valid legacy database in the refactored schema."""
    return build_legacy_database(tmp_path / "legacy.sqlite3")


@pytest.fixture
def run_import(db):
    """Run the command on a path; returns what it printed."""

    def run(path, *options):
        out = StringIO()
        call_command("import_legacy_lettings", str(path), *options, stdout=out)
        return out.getvalue()

    return run


@pytest.fixture
def row_counts(db):
    """The number of rows of every model the import writes to."""

    def count():
        return {model.__name__: model.objects.count() for model in COUNTED_MODELS}

    return count
