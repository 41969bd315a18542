"""Helpers for the page cache tests: what the cache answered, and a page it holds."""

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
