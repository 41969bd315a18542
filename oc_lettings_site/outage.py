"""The page a visitor gets when a request fails on our side.

A database that is down or hung is an outage, not a bug: the visitor gets the designed
503 page, told to come back shortly, and nothing caches it. The templates stand alone
(rendered without the request, no context processor, no query), so they render with
no database at all.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request):
    if isinstance(sys.exception(), (OperationalError, InterfaceError)):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponse(loader.render_to_string("500.html"), status=500)
