"""What an anonymous visitor is shown on each public surface, read structurally: the
text nodes and link targets of a page, the addresses of the sitemap, the fields of the
suggestions."""

from xml.etree import ElementTree

from bs4 import BeautifulSoup

SITEMAP_NAMESPACE = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
LINK_ATTRIBUTES = ("href", "src", "srcset", "content", "action", "value")


def shown_strings(response):
    """Every string a visitor could read or follow in `response`, whatever its kind."""
    content_type = response.get("Content-Type", "")
    if "json" in content_type:
        return {
            str(value)
            for suggestion in response.json()["suggestions"]
            for value in suggestion.values()
        }
    if "xml" in content_type:
        return set(sitemap_locations(response))
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    attributes = {
        value
        for element in soup.find_all(True)
        for name, value in element.attrs.items()
        if name in LINK_ATTRIBUTES and isinstance(value, str)
    }
    return set(soup.stripped_strings) | attributes


def sitemap_locations(response):
    # Our own sitemap, rendered in the test: not untrusted XML.
    root = ElementTree.fromstring(response.content)  # noqa: S314
    return [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NAMESPACE)]


def suggestion_kinds(response):
    return [suggestion["type"] for suggestion in response.json()["suggestions"]]


def mentions(strings, token):
    """Whether any string shown holds `token` (a title, a name, an address)."""
    return any(token.lower() in string.lower() for string in strings)
