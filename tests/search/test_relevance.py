"""Results come best first: the more a letting says what the visitor typed, the higher it
ranks; on PostgreSQL, the production database, a title match also ranks above a text
match."""

import pytest
from django.db import connection
from wagtail.rich_text import RichText

from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's search backend ranks with FTS5 bm25() over all indexed text "
    "with equal weights, so it does not favour titles; production runs PostgreSQL.",
)


def test_lettings_mentioning_the_words_more_often_come_first(find):
    LettingPageFactory(
        title="Beta Flat",
        summary="Lighthouse views, lighthouse walks, lighthouse tours.",
    )
    LettingPageFactory(title="Alpha Flat", summary="A lighthouse nearby.")
    assert find(q="lighthouse") == ["Beta Flat", "Alpha Flat"]


@postgresql_only
def test_a_title_match_ranks_above_a_text_match(find):
    # Created first, so that a tie broken by newest-first would put it last.
    LettingPageFactory(title="Lighthouse Cottage", summary="Quiet rooms by the sea.")
    LettingPageFactory(
        title="Sunny Flat",
        summary="Near the lighthouse.",
        body=[("paragraph", RichText("<p>The lighthouse beam sweeps the bay.</p>"))],
    )
    LettingPageFactory(title="Canyon Loft", summary="Far from the sea.")
    assert find(q="lighthouse") == ["Lighthouse Cottage", "Sunny Flat"]


@postgresql_only
def test_a_letting_matching_all_words_in_its_title_ranks_first(find):
    LettingPageFactory(title="Harbour Garden House", summary="Three bedrooms.")
    LettingPageFactory(title="Garden Flat", summary="A harbour view from the garden.")
    LettingPageFactory(title="Sea Cottage", summary="Harbour walks and a garden.")
    assert find(q="harbour garden")[0] == "Harbour Garden House"
