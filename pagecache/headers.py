"""What the page cache tells browsers and a CDN they may keep."""

import math

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers


def mark_public(response, fresh_until, now):
    """A page anyone may see: browsers revalidate it every time (a 304 costs one cache
    read), and a CDN keeps it only while the site purges it on every change."""
    response["Cache-Control"] = "public, max-age=0, must-revalidate"
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        patch_cache_control(response, s_maxage=max(0, math.floor(fresh_until - now)))
    # A session would change the page (the user bar): caches must key on the cookies.
    patch_vary_headers(response, ["Cookie"])


def mark_personal(response):
    """A page made for this request only: no shared cache keeps it, browsers ask again."""
    if "Cache-Control" not in response:
        response["Cache-Control"] = "private, no-cache"


def mark_rewritten(response, weak_etag):
    """A cached page with a part made for this response (pagecache/hooks.py): no shared
    cache may keep it, and the browser revalidates its own copy, stamp and all, against
    the entry it came from."""
    response["Cache-Control"] = "private, no-cache"
    response["ETag"] = weak_etag
    del response["Last-Modified"]
    # The browser's copy is an anonymous visitor's: never revalidated with a session.
    patch_vary_headers(response, ["Cookie"])
