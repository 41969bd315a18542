"""Whatever a visitor or a robot sends, search answers a normal page, never a 500."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import LettingPageFactory, ProfileFactory

pytestmark = pytest.mark.django_db

FILTERS = [
    "city",
    "state",
    "property_type",
    "min_bedrooms",
    "min_bathrooms",
    "min_rent",
    "max_rent",
    "pets",
    "furnished",
    "available_before",
    "sort",
    "page",
]


@pytest.fixture(autouse=True)
def content():
    LettingPageFactory(title="Harbour View Cottage")
    ProfileFactory(bio="Harbour lights.")


def assert_normal_answers(client, params):
    page = client.get("/search/", params)
    suggestions = client.get("/search/suggest/", params)
    assert page.status_code == 200
    assert suggestions.status_code == 200
    assert isinstance(suggestions.json()["suggestions"], list)


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": " \t\n "},
        {"q": "harbour " * 1250},
        {"q": "x" * 10_000},
        {"q": "Ünïcødé 中文 🏠 עברית \u200b\ufeff"},
        {"q": "ﷺ" * 255},
        {"q": "İ" * 255},
        {"q": '"harbour'},
        {"q": "harbour' OR 1=1; --"},
        {"q": "harbour AND OR NOT NEAR(a b)"},
        {"q": "*"},
        {"q": "_ __"},
        {"q": "har*"},
        {"q": "^harbour$ .* [( \\ | ? +"},
        {"q": "%_% ' \" ` ; : ( ) { } < >"},
        {"q": "\x00harbour\x00"},
        {"q": "&|!<->:*"},
        {"q": ["harbour", "cottage"]},
        {"q": "harbour", "page": "abc"},
        {"q": "harbour", "page": "-1"},
        {"q": "harbour", "page": "0"},
        {"q": "harbour", "page": "99999"},
        {"q": "harbour", "page": "1e3"},
        {"city": "x" * 500},
        {"city": "\x00"},
        {"state": "California"},
        {"state": "ÇÅ"},
        {"min_bedrooms": "many"},
        {"min_bedrooms": "99999999999999999999999"},
        {"max_rent": "-5"},
        {"available_before": "yesterday"},
        {"available_before": "2027-02-30"},
        {"available_before": "99999-01-01"},
        {"q": "harbour", "sort": "drop table", "unknown": "1"},
    ],
)
def test_bad_input_gets_a_normal_page(client, params):
    assert_normal_answers(client, params)


def test_a_query_of_punctuation_only_matches_nothing(find):
    assert find(q="!!! ??? ---") == []


def test_any_query_and_filters_get_a_normal_page(client):
    """Property: for any text in the query and in any filter, both search URLs answer 200."""
    any_text = st.text(max_size=300)
    filter_values = st.one_of(
        st.text(max_size=40), st.integers().map(str), st.dates().map(str)
    )

    @settings(max_examples=60, deadline=None, database=None)
    @given(
        query=any_text,
        filters=st.dictionaries(st.sampled_from(FILTERS), filter_values),
    )
    def answers_normally(query, filters):
        assert_normal_answers(client, {"q": query, **filters})

    answers_normally()
