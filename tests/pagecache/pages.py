"""Helpers for the page cache tests: what the cache answered, and a page it holds."""

from bs4 import BeautifulSoup

HIT, MISS, SKIP = "hit", "miss", "skip"


def cache_status(response):
    """What the page cache did for `response`: hit, miss, skip, or None if untouched."""
    return response.headers.get("X-Page-Cache")


def cached_page(client, url, **extra):
    """`url` once the cache answers it, as a hit.

    A first render may create rows (a site's settings, say), which itself makes the
    cache stale: so it is asked up to three times.
    """
    for _ in range(3):
        response = client.get(url, **extra)
        assert response.status_code == 200, (url, response.status_code)
        if cache_status(response) == HIT:
            return response
    raise AssertionError(f"{url} never came from the cache")


def text(response):
    return response.content.decode()


def page_content(response):
    """The body as a page's content: an HTML page without the enquiry form's stamp,
    which each response has its own of (enquiries/stamps.py)."""
    if not response["Content-Type"].startswith("text/html"):
        return response.content
    page = BeautifulSoup(response.content, "html.parser")
    for stamp in page.select("input[name=stamp]"):
        del stamp["value"]
    return str(page)
