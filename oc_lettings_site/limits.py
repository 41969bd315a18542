"""Refuse oversized requests before anything reads them.

Django caps the form fields it parses (`DATA_UPLOAD_MAX_MEMORY_SIZE`) but streams file
parts to disk whatever their size, so a 200 MB multipart POST to the login page would be
read in full. Here a request announcing more than `REQUEST_BODY_MAX_BYTES` (or, on the
image and document upload views, `UPLOAD_REQUEST_MAX_BYTES`) is answered 413 at once.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader

UPLOAD_PREFIXES = ("/admin/images/", "/admin/documents/")


def body_limit(path):
    if path.startswith(UPLOAD_PREFIXES):
        return settings.UPLOAD_REQUEST_MAX_BYTES
    return settings.REQUEST_BODY_MAX_BYTES


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django reads no body it cannot measure.
        if length > body_limit(request.path_info):
            # Unread: gunicorn drains a little of it, then closes the connection.
            return HttpResponse(loader.render_to_string("413.html"), status=413)
        return self.get_response(request)
