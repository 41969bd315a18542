"""The team's listing costs the same queries at 10,000 enquiries as at 10."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from enquiries.models import Enquiry
from tests.factories import EnquiryFactory, LettingPageFactory, UserFactory

from .helpers import signed_in

pytestmark = pytest.mark.django_db

FEW, MANY = 10, 10_000


def listing_queries(client):
    client.get("/admin/enquiries/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/enquiries/").status_code == 200
    return len(queries)


def test_the_listing_does_not_grow_with_enquiries():
    client, _ = signed_in("Lettings team")
    assignee = UserFactory(is_staff=True)
    EnquiryFactory.create_batch(FEW, assignee=assignee)
    few = listing_queries(client)
    lettings = [LettingPageFactory() for _ in range(3)]
    Enquiry.objects.bulk_create(
        Enquiry(
            letting=lettings[number % len(lettings)],
            name=f"Visitor {number}",
            email=f"visitor{number}@example.com",
            message="Could I see it on Saturday?",
            assignee=assignee if number % 2 else None,
        )
        for number in range(MANY - FEW)
    )
    assert Enquiry.objects.count() == MANY
    assert listing_queries(client) == few
