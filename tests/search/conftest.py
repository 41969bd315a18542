import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(media_root):
    """Every test here may upload or render images."""


@pytest.fixture
def find(client):
    """`find(q=..., **filters)`: the titles of the lettings and the usernames of the
    profiles on the first page of search results, in the order shown."""

    def find(**params):
        response = client.get("/search/", params)
        assert response.status_code == 200
        results_page = response.context.get("results_page")
        if results_page is None:
            return []
        return [
            hit.item.title if hit.kind == "letting" else hit.item.username
            for hit in results_page
        ]

    return find


@pytest.fixture
def suggest(client):
    """`suggest(q)`: the titles the header search box would suggest for `q`."""

    def suggest(query):
        response = client.get("/search/suggest/", {"q": query})
        assert response.status_code == 200
        return [suggestion["title"] for suggestion in response.json()["suggestions"]]

    return suggest
