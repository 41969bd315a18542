"""The signed timestamp in every enquiry form: when the form was rendered.

A post whose stamp is younger than `MIN_FILL_SECONDS` came from a robot; older than
`MAX_AGE_SECONDS` (far above PAGE_CACHE_SECONDS), or not ours, and the form is out of
date. The stamp is rendered with the page, so a page answered from the page cache
carries its render time: the fill-time check then only catches robots that fetched a
freshly rendered page. Stamping every response instead (pagecache's
`rewrite_page_body` hook) would cost every letting page its ETag and 304 answers.
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
