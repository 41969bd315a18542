"""Which requests the page cache may answer, and the key of the page each one asks for."""

import hashlib
from urllib.parse import urlencode

from django.conf import settings

# Never public pages, or pages made for one person: the admin and its previews, draft
# share links, documents (some are private to a collection), the API (its throttle
# counts every request, which a cached answer would skip). Static files and uploads
# are served from files, by WhiteNoise or the media storage, with their own headers.
EXCLUDED_PREFIXES = (
    "/admin/",
    "/share/",
    "/documents/",
    "/api/",
    settings.STATIC_URL,
    settings.MEDIA_URL,
)
# Searching with words counts the query for the editors' "Search terms" report: served
# from the cache, searches would go uncounted. The suggestions count nothing.
UNCACHED_QUERIES = {"/search/": "q"}
# Cookies that make Django render a page for one visitor: a session (a logged-in
# editor, a page password entered) and messages waiting to be shown. The CSRF cookie is
# not one: a page that uses it is never stored (see responses.py).
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def is_cacheable(request):
    """True for an anonymous GET or HEAD of a public page.

    Decided from the method, the path and the cookies' names alone: no session is
    loaded and no query is made, so a hit costs nothing but the cache's answer.
    """
    if request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in PERSONAL_COOKIES):
        return False
    path = request.path_info
    if path.startswith(EXCLUDED_PREFIXES):
        return False
    uncached_parameter = UNCACHED_QUERIES.get(path)
    return not (uncached_parameter and request.GET.get(uncached_parameter, "").strip())


def page_key(request):
    """The cache key of the page `request` asks for: scheme, host, path and query, with
    the parameters in a fixed order ("?b=2&a=1" and "?a=1&b=2" are one page)."""
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.blake2b(address.encode(), digest_size=20).hexdigest()
    return f"pagecache:page:{digest}"
