"""`/healthz/`: what a monitor or a container probe needs to know, as JSON.

503 when a database does not answer (nothing can be served); 200 when only the cache
fails, marked "degraded": the site then serves every page uncached.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

PROBE_KEY = "healthz:probe"


def database_answers(alias):
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        # A warning, not an error: a monitor polling during an outage must not
        # flood Sentry with one event per probe.
        logger.warning("Health check: database %r does not answer: %s", alias, error)
        return False
    return True


def cache_answers():
    """Write a fresh value and read it back; the cache swallows its own errors."""
    token = secrets.token_hex(8)
    cache.set(PROBE_KEY, token, timeout=30)
    return cache.get(PROBE_KEY) == token


@never_cache
@require_safe
def healthz(request):
    databases = {alias: database_answers(alias) for alias in connections}
    cache_ok = cache_answers()
    if not all(databases.values()):
        status, code = "unavailable", 503
    elif not cache_ok:
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    return JsonResponse(
        {
            "status": status,
            "database": {
                alias: "ok" if answers else "unavailable"
                for alias, answers in databases.items()
            },
            "cache": "ok" if cache_ok else "degraded",
        },
        status=code,
    )
