"""Reading the lettings list and search results as a visitor's browser would: parsed HTML."""

from urllib.parse import parse_qs, urlsplit

from tests.parsed_html import parsed


def card_titles(html):
    """The titles of the letting cards, in the order shown."""
    return [title.get_text(strip=True) for title in html.select(".card__title")]


def listed(client, url="/lettings/", **params):
    """The card titles `url` shows for `params`."""
    return card_titles(parsed(client.get(url, params)))


def link_params(link):
    """The query parameters of a link's href, as lists of values."""
    return parse_qs(urlsplit(link["href"]).query)


def options(select):
    """(value, text) of each option of a <select>."""
    return [
        (option.get("value"), option.get_text(strip=True))
        for option in select.find_all("option")
    ]
