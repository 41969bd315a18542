"""Operational endpoints; the site's pages themselves are Wagtail pages."""

import logging

from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    """200 when every configured database answers a query, 503 when one does not.

    Uptime monitors and container checks call it; it reads no page, so it stays
    cheap and says nothing about the content.
    """
    for alias in connections:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except DatabaseError as error:
            # A warning, not an error: a monitor polling during an outage must not
            # flood Sentry with one event per probe.
            logger.warning(
                "Health check: database %r does not answer: %s", alias, error
            )
            return JsonResponse(
                {"status": "unavailable", "database": alias}, status=503
            )
    return JsonResponse({"status": "ok"})
