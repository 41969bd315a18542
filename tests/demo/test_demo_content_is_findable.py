"""A visitor finds every demo letting by its city and by a word of its title."""

import re

from lettings.models import LettingPage


def found_urls(client, query):
    """The addresses of every letting the search for `query` finds, on every page."""
    urls, page = [], 1
    while True:
        results_page = client.get("/search/", {"q": query, "page": page}).context[
            "results_page"
        ]
        urls += [hit.item.url for hit in results_page if hit.kind == "letting"]
        if not results_page.has_next():
            return urls
        page += 1


def longest_word(title):
    return max(re.findall(r"\w+", title), key=len)


def test_every_demo_letting_is_found_by_its_city_and_a_word_of_its_title(demo, client):
    lettings = LettingPage.objects.visible_to_visitors().select_related("address")
    assert lettings.count() >= 20

    for letting in lettings:
        assert letting.url in found_urls(client, letting.address.city), letting.title
        word = longest_word(letting.title)
        assert letting.url in found_urls(client, word), (letting.title, word)
