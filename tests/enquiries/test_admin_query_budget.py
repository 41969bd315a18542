"""The team's listing costs the same queries for 2 enquiries as for 30."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import EnquiryFactory, UserFactory

from .helpers import signed_in

pytestmark = pytest.mark.django_db


def listing_queries(client):
    client.get("/admin/enquiries/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/enquiries/").status_code == 200
    return len(queries)


def test_the_listing_does_not_grow_with_enquiries():
    client, _ = signed_in("Lettings team")
    EnquiryFactory.create_batch(2, assignee=UserFactory(is_staff=True))
    few = listing_queries(client)
    EnquiryFactory.create_batch(28, assignee=UserFactory(is_staff=True))
    assert listing_queries(client) == few
