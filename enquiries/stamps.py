"""The signed timestamp in every enquiry form: when the form was sent to the visitor.

A post whose stamp is younger than `MIN_FILL_SECONDS` came from a robot; older than
`MAX_AGE_SECONDS`, or not ours, and the form is out of date.

Letting pages are served from the page cache, so the stamp cannot be rendered with the
page: a cached page would carry its render time, up to PAGE_CACHE_SECONDS old, and a
robot reading it could post at once. Templates render `PLACEHOLDER` instead, and
`stamp_body`, on pagecache's `rewrite_page_body` hook, signs a stamp in every response
that carries the form, from the cache or not. Such a response is `private, no-cache`
(no CDN may keep one visitor's stamp) with the cached entry's ETag made weak: a browser's
conditional GET gets a 304 and keeps the stamp of its own first fetch, only older, so
still past the minimum fill time; a page that changed gets a new ETag and a new stamp.

A form shown again for its errors keeps the stamp it was posted with: that stamp has
passed the check, and stamps are not used up, so a new one would stop no robot but would
drop, as too fast, a person who only ticks a box and sends again. A stamp that failed
the check (forged, or expired: a browser copy revalidated for over a day) is replaced
by a new one.
"""

import time

from django.core import signing

SALT = "enquiries.form-stamp"
MIN_FILL_SECONDS = 3
MAX_AGE_SECONDS = 24 * 60 * 60
# What the form renders for a stamp not yet made: letters and dashes only, so Django's
# escaping leaves it as it is.
PLACEHOLDER = "stamp-made-per-response"
# The hidden input as Django renders it. Visitors' text shows escaped, with no bare `"`,
# so only the form's own stamp can match.
PLACEHOLDER_MARKUP = f'name="stamp" value="{PLACEHOLDER}"'.encode()


class StampTooYoung(Exception):
    """Filled faster than a person can."""


class StampInvalid(Exception):
    """Forged, tampered with or expired."""


def new_stamp(now=None):
    return signing.dumps(int(now if now is not None else time.time()), salt=SALT)


def check_stamp(value, now=None):
    try:
        issued = signing.loads(value or "", salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature as error:
        raise StampInvalid from error
    now = now if now is not None else time.time()
    if not isinstance(issued, int) or now - issued < MIN_FILL_SECONDS:
        raise StampTooYoung
    return issued


def stamp_body(request, body):
    """`body` with a stamp made now in its enquiry form, or None if it has none."""
    if PLACEHOLDER_MARKUP not in body:
        return None
    return body.replace(
        PLACEHOLDER_MARKUP, f'name="stamp" value="{new_stamp()}"'.encode()
    )
