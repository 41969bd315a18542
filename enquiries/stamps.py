"""The signed timestamp in every enquiry form: when the form was rendered.

A post whose stamp is younger than `MIN_FILL_SECONDS` came from a robot; older than
`MAX_AGE_SECONDS` (far above PAGE_CACHE_SECONDS), or not ours, and the form is out of
date.

Known weakness, bounded and kept: the stamp is rendered with the page, so a page
answered from the page cache carries its render time, up to PAGE_CACHE_SECONDS old. The
fill-time check then only catches robots that got a freshly rendered page; a robot that
reads a cached page may post at once. What still holds for every post: the stamp must be
ours and under 24 hours old (no stamp can be forged or kept for days), the honeypot, the
rate limits per address and per email, and the link and length limits.

The sound fix, left for a decision because it changes the page cache's promise: stamp
each response through pagecache's `rewrite_page_body` hook and keep the cached entry's
validator as a weak ETag (a stamped body is semantically the same page), so browsers
still get 304s and a 304 keeps the stamp of the visitor's own first fetch. Today a
rewritten body loses its ETag (tests/pagecache/test_fresh_parts.py pins that), and a
CDN could no longer keep letting pages (they would be `private`).
"""

import time

from django.core import signing

SALT = "enquiries.form-stamp"
MIN_FILL_SECONDS = 3
MAX_AGE_SECONDS = 24 * 60 * 60


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
