"""Process-local memos of what every page reads: kept until the content changes.

A memo is stored with the page cache's generation token and answered only while the
token is the same, so it goes stale exactly when cached pages do, on every worker and
every dyno sharing the cache. When the cache cannot answer, or a change has not reached
it yet, nothing is remembered. Queryset `update()` and bulk writes send no signal (see
signals.py): MAX_AGE_SECONDS bounds what a memo could miss of them.
"""

import time

from . import generation

MAX_AGE_SECONDS = 60

# name -> (token, stored at, value); one assignment replaces an entry, so threads only
# ever read whole entries.
_memos = {}


def remembered(name, compute):
    """`compute()`'s value, remembered under `name` for the current generation."""
    token = generation.current() if generation.settled() else None
    if token is None:
        return compute()
    now = time.monotonic()
    held = _memos.get(name)
    if held and held[0] == token and now - held[1] < MAX_AGE_SECONDS:
        return held[2]
    value = compute()
    _memos[name] = (token, now, value)
    return value
