"""The page cache: anonymous GET and HEAD requests of public pages answered from the
shared cache, before the session, the user or the database is ever touched."""

import logging
import math
import time

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, get_max_age

from . import generation
from .entries import Entry, is_storable
from .headers import mark_personal, mark_public, mark_rewritten
from .hooks import rewritten
from .requests import is_cacheable, page_key
from .schedule import next_scheduled_change

logger = logging.getLogger(__name__)

SCHEDULE_KEY = "pagecache:next-scheduled-change"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        lifetime = settings.PAGE_CACHE_SECONDS
        if not lifetime or not is_cacheable(request) or not generation.settled():
            return self.uncached(request, self.get_response(request), lifetime)
        now = time.time()
        key = page_key(request)
        found = self.lookup(key)
        token = found.get(generation.GENERATION_KEY)
        entry = found.get(key)
        if entry is not None and entry.is_fresh(token, now):
            return answer(request, entry, now, "hit")
        # Read before rendering: a page is stored under the generation that was current
        # before any of the rows it shows were read, never one drawn while rendering.
        token = token or generation.current()
        response = self.get_response(request)
        if not is_storable(request, response):
            return self.uncached(request, response, lifetime)
        fresh_until = min(
            now + lifetime,
            now + (get_max_age(response) or lifetime),
            self.next_change(found.get(SCHEDULE_KEY), token, now),
        )
        entry = Entry.of(response, token, fresh_until, now)
        if token is not None and fresh_until > now:
            self.store(key, entry, math.ceil(fresh_until - now))
        return answer(request, entry, now, "miss")

    def uncached(self, request, response, lifetime):
        if lifetime and request.method in ("GET", "HEAD"):
            mark_personal(response)
            response["X-Page-Cache"] = "skip"
        return rewrite_in_place(request, response)

    def lookup(self, key):
        keys = [generation.GENERATION_KEY, SCHEDULE_KEY, key]
        try:
            return generation.shared_cache().get_many(keys)
        except Exception:
            # Any cache failure is a miss: the page is rendered, never a 500.
            logger.warning("Page cache: lookup failed", exc_info=True)
            return {}

    def store(self, key, entry, timeout):
        try:
            generation.shared_cache().set(key, entry, timeout)
        except Exception:
            logger.warning("Page cache: store failed", exc_info=True)

    def next_change(self, known, token, now):
        """The next scheduled change as a timestamp (infinity if none), read from the
        database once per generation and again each time one passes."""
        if known is not None:
            known_token, moment = known
            if known_token == token and (moment is None or moment > now):
                return moment or math.inf
        change = next_scheduled_change(timezone.now())
        moment = change.timestamp() if change else None
        if token is not None:
            self.store(SCHEDULE_KEY, (token, moment), None)
        return moment or math.inf


def answer(request, entry, now, status):
    """The response for `entry`: a 304 when the browser's copy is still this page."""
    head = request.method == "HEAD"
    response = entry.response(head)
    body = rewritten(request, entry.body)
    if body is None:
        mark_public(response, entry.fresh_until, now)
        etag, last_modified = entry.etag, entry.last_modified
    else:
        if not head:
            response.content = body
        response["Content-Length"] = str(len(body))
        mark_rewritten(response, entry.weak_etag)
        # The weak ETag alone: a date in whole seconds would also match a copy of the
        # page as it was before a change made in the same second.
        etag, last_modified = entry.weak_etag, None
    response = get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )
    response["X-Page-Cache"] = status
    return response


def rewrite_in_place(request, response):
    """Apply the body hooks to a response that goes out without the cache."""
    if response.streaming or not isinstance(response, HttpResponse):
        return response
    body = rewritten(request, response.content)
    if body is not None:
        response.content = body
        if "Content-Length" in response:
            response["Content-Length"] = str(len(body))
        # A response that must not be stored at all stays so; any other becomes
        # this visitor's own.
        if "no-store" not in response.get("Cache-Control", ""):
            response["Cache-Control"] = "private, no-cache"
        del response["ETag"]
        del response["Last-Modified"]
    return response
