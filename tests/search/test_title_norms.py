"""On PostgreSQL a save leaves its index entry at the neutral title norm; one bulk
refresh (`manage.py refresh_title_norms`) gives every new entry its norm."""

from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from wagtail.search.models import IndexEntry

from lettings.models import LettingPage
from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="only PostgreSQL's index keeps norms"
)


def norm_of(letting):
    entry = IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(LettingPage),
        object_id=str(letting.pk),
    )
    return entry.title_norm


def refresh():
    out = StringIO()
    call_command("refresh_title_norms", stdout=out)
    return out.getvalue().strip()


@postgresql_only
def test_a_publish_leaves_the_norm_to_the_bulk_refresh():
    LettingPageFactory(title="Cottage")
    long_title = LettingPageFactory(title="A very long title about a big family house")

    assert norm_of(long_title) == 1.0
    assert refresh() == "Title norms refreshed."
    assert norm_of(long_title) < 1.0


@postgresql_only
def test_rebuilding_the_index_refreshes_every_norm():
    short = LettingPageFactory(title="Loft")
    LettingPageFactory(title="A very long title about a big family house")

    call_command("update_index", stdout=StringIO(), stderr=StringIO())

    assert norm_of(short) > 1.0


@pytest.mark.skipif(connection.vendor == "postgresql", reason="SQLite only")
def test_sqlite_has_no_norms_to_refresh():
    assert refresh() == "This search backend keeps no title norms."
