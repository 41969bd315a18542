"""The letting page with its form costs the same queries however many enquiries the
letting has had."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import EnquiryFactory, LettingPageFactory

from .helpers import form_of

pytestmark = pytest.mark.django_db

# A letting without pictures (tests/site/test_query_budgets.py counts the gallery),
# with its similar lettings (none here: one query looks in its city and band, one
# beyond).
LETTING_PAGE_QUERIES = 7


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0


def queries_for(client, url):
    # Twice: a first render may store what it lacked (the site's enquiry details), a
    # change in itself, after which the next request reloads the memos once
    # (tests/pagecache/test_memos_follow_changes.py counts that request).
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert form_of(response) is not None
    return len(queries)


def test_the_letting_page_with_the_form():
    letting = LettingPageFactory()
    client = Client()
    few = queries_for(client, letting.url)
    EnquiryFactory.create_batch(5, letting=letting)
    assert queries_for(client, letting.url) == few == LETTING_PAGE_QUERIES
