"""Ranked results split into pages: each page continues the one before, best first, and
together they hold every match once."""

import pytest

from search.views import RESULTS_PER_PAGE
from tests.factories import LettingPageFactory

pytestmark = pytest.mark.django_db

# Mentions of the word searched, by letting: more mentions rank higher.
MENTIONS = [1, 4, 2, 3, 1, 2, 4, 3, 1, 2, 3, 4, 1]


@pytest.fixture(autouse=True)
def lettings():
    for number, mentions in enumerate(MENTIONS):
        # Summaries of one length, so that only the mentions make the difference.
        words = ["osprey"] * mentions + ["meadow"] * (4 - mentions)
        LettingPageFactory(title=f"Letting {number}", summary=" ".join(words) + ".")


def mentions_of(title):
    return MENTIONS[int(title.split()[-1])]


def test_pages_together_hold_every_match_once_best_first(find):
    first_page = find(q="osprey")
    second_page = find(q="osprey", page=2)
    assert len(first_page) == RESULTS_PER_PAGE
    shown = first_page + second_page
    assert sorted(shown) == sorted(f"Letting {n}" for n in range(len(MENTIONS)))
    mentions = [mentions_of(title) for title in shown]
    assert mentions == sorted(mentions, reverse=True)


def test_a_sorted_search_pages_by_the_sort_order(find):
    LettingPageFactory(title="Osprey Lodge", summary="meadow", monthly_rent=900)
    assert find(q="osprey", sort="rent_asc")[0] == "Osprey Lodge"
    assert "Osprey Lodge" not in find(q="osprey", sort="rent_asc", page=2)
