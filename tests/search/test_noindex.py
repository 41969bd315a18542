"""Search pages exist for any query: they ask search engines not to index them."""

import pytest
from pytest_django.asserts import assertContains

from tests.parsed_html import parsed

pytestmark = pytest.mark.django_db

SEARCH_URLS = [
    "/search/",
    "/search/?q=irvine",
    "/search/?q=irvine&page=abc",
    "/search/?city=Irvine&state=California",
    "/search/suggest/?q=irv",
]


@pytest.mark.parametrize("url", SEARCH_URLS)
def test_search_responses_send_noindex(client, url):
    assert client.get(url)["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("url", SEARCH_URLS[:4])
def test_search_pages_carry_a_robots_meta_tag(client, url):
    assertContains(client.get(url), '<meta name="robots" content="noindex">', html=True)


def test_search_answers_get_and_head_only(client):
    response = client.post("/search/", {"q": "irvine"})
    assert response.status_code == 405
    assert response["X-Robots-Tag"] == "noindex"


def test_content_pages_stay_indexable(client, letting_index):
    response = client.get("/lettings/")
    assert "X-Robots-Tag" not in response
    assert parsed(response).select("meta[name=robots]") == []
