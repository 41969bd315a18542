"""Rate limits on enquiries, counted in the shared cache (Redis in production).

Per client address (as the sign-in throttling reads it behind Heroku's router) and per
email address; the email is kept only as a hash in the key. A cache that fails counts
nothing: the form keeps working without limits rather than refusing everyone.
"""

import hashlib
import logging

from django.core.cache import cache

from accounts.client_address import client_address

logger = logging.getLogger(__name__)

PER_ADDRESS = (5, 60 * 60)  # enquiries, seconds
PER_EMAIL = (3, 24 * 60 * 60)


def _key(kind, value):
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"enquiries:rate:{kind}:{digest}"


def _count(key, window):
    try:
        cache.add(key, 0, window)
        return cache.incr(key)
    except Exception:
        logger.warning("Enquiry rate limit: cache unavailable, not counted")
        return 0


def _exceeded(key, limit):
    try:
        return (cache.get(key) or 0) >= limit
    except Exception:
        return False


def is_limited(request, email):
    """True when this address or this email has sent its share of enquiries."""
    address = client_address(request) or ""
    return _exceeded(_key("address", address), PER_ADDRESS[0]) or _exceeded(
        _key("email", email), PER_EMAIL[0]
    )


def count(request, email):
    """Count one accepted enquiry against its address and email."""
    _count(_key("address", client_address(request) or ""), PER_ADDRESS[1])
    _count(_key("email", email), PER_EMAIL[1])
