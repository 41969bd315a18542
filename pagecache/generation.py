"""The page cache's generation: one token every cached page carries to be served.

Any change to content replaces the token, so every cached page goes stale at once, on
every worker and every dyno sharing the cache. A token is random, never a counter: if the
cache loses it (eviction, a Redis restart) a new one is drawn, and entries stored under
the lost one can never match again.
"""

import logging
import secrets
import threading

from django.core.cache import caches
from django.db import transaction

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"

# Changes committed while the cache could not be reached: this process keeps its hands
# off the cache until a new token has been stored.
_unsettled = threading.Event()
# Commit callbacks already queued by this thread's transaction (one bump is enough).
_queued = threading.local()


def shared_cache():
    return caches["default"]


def current():
    """The current token, drawn if the cache has none; None if the cache cannot answer."""
    cache = shared_cache()
    try:
        token = cache.get(GENERATION_KEY)
        if token is None:
            cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
            token = cache.get(GENERATION_KEY)
    except Exception:
        logger.warning("Page cache: the generation could not be read", exc_info=True)
        return None
    return token


def replace():
    """Store a new token; True once the cache is known to hold a token other than the
    one it had. A backend that swallows errors answers a failed write silently, so the
    token is read back rather than trusted."""
    cache = shared_cache()
    try:
        previous = cache.get(GENERATION_KEY)
        cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        stored = cache.get(GENERATION_KEY)
    except Exception:
        logger.warning(
            "Page cache: the generation could not be replaced", exc_info=True
        )
        return False
    return stored not in (None, previous)


def bump():
    """Make every cached page stale, now and again when the current transaction commits.

    Now, so that this connection's own next read (a test, a view that publishes then
    redirects) never meets a page from before the change. Again after the commit,
    because between the two another worker may have read the rows as they were before
    the commit and stored that page under the first new token.
    """
    if not transaction.get_connection().in_atomic_block:
        settle_after_commit(force=True)
        return
    replace()
    _queued.pending = getattr(_queued, "pending", 0) + 1
    transaction.on_commit(settle_after_commit)


def settle_after_commit(force=False):
    """The bump after a commit: once per transaction however many changes it made."""
    if not force and not getattr(_queued, "pending", 0):
        return
    _queued.pending = 0
    if replace():
        _unsettled.clear()
    else:
        _unsettled.set()
    from .cdn import purge_site

    purge_site()


def settled():
    """False while a committed change has not reached the cache yet; retried here."""
    if not _unsettled.is_set():
        return True
    if replace():
        _unsettled.clear()
        return True
    return False
