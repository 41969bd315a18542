"""The signed timestamp in every enquiry form: when the form was sent to the visitor.

The cached letting page holds `PLACEHOLDER`; `stamp_page_body` (a pagecache
`rewrite_page_body` hook) puts a fresh stamp in each response. A post whose stamp is
younger than `MIN_FILL_SECONDS` came from a robot; older than `MAX_AGE_SECONDS`, or not
ours, and the form is simply out of date.
"""

import time

from django.core import signing

PLACEHOLDER = "enquiry-form-stamp-placeholder"
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


def stamp_page_body(request, body):
    marker = PLACEHOLDER.encode()
    if marker not in body:
        return None
    return body.replace(marker, new_stamp().encode())
