"""On PostgreSQL the site writes index entries as plain SQL: each entry holds exactly
what Wagtail's own index would write for the same object."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex as WagtailPostgresIndex,
)
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from lettings.models import Address, LettingPage
from profiles.models import Profile
from tests.factories import AddressFactory, LettingPageFactory, ProfileFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the SQL written is PostgreSQL's"
    ),
]

ENTRY_FIELDS = ["title", "autocomplete", "body", "title_text", "body_text"]


def entries_of(model, objs):
    """The stored vectors and texts of `objs`' entries, as text, by object id."""
    entries = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[str(obj.pk) for obj in objs],
    )
    return {
        entry["object_id"]: {name: str(entry[name]) for name in ENTRY_FIELDS}
        for entry in entries.values("object_id", *ENTRY_FIELDS)
    }


def written_both_ways(model, objs):
    index = get_search_backend().get_index_for_model(model)
    index.add_items(model, objs)
    ours = entries_of(model, objs)
    WagtailPostgresIndex.add_items(index, model, objs)
    return ours, entries_of(model, objs)


def test_letting_entries_are_wagtails():
    lettings = [
        LettingPageFactory(
            title="Harbour View Cottage",
            summary="Two rooms by the harbour.",
            address=AddressFactory(street="Balboa Boulevard", city="Newport Beach"),
            body=[("paragraph", RichText("<p>The lighthouse beam sweeps.</p>"))],
        ),
        LettingPageFactory(title="Loft", summary="A loft."),
    ]
    lettings = list(LettingPage.objects.filter(pk__in=[x.pk for x in lettings]))
    ours, wagtails = written_both_ways(LettingPage, lettings)
    assert len(ours) == 2
    assert ours == wagtails


def test_profile_and_address_entries_are_wagtails():
    profiles = [ProfileFactory(bio="Heron spotter."), ProfileFactory(bio="")]
    profiles = list(Profile.objects.filter(pk__in=[x.pk for x in profiles]))
    ours, wagtails = written_both_ways(Profile, profiles)
    assert len(ours) == 2
    assert ours == wagtails
    addresses = [AddressFactory(street="Ocean Drive", city="Laguna Beach")]
    ours, wagtails = written_both_ways(Address, addresses)
    assert len(ours) == 1
    assert ours == wagtails
