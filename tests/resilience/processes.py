"""Production processes that meet a fault: each script sets its fault up, then calls
django.setup() itself (the settings read DATABASE_URL and REDIS_URL once, at setup)."""

import json
import sys
import time

from tests.deploy.production_process import run


def run_production(code, **variables):
    """Run `code` (which prints one JSON document last) with production settings."""
    completed = run([sys.executable, "-c", code], **variables)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1]), completed.stderr


def serve_static_uncollected():
    """The image's build step collects static files; a test process has not, so
    templates link the source files instead (call right after django.setup())."""
    from django.conf import settings
    from django.test import override_settings

    plain = "django.contrib.staticfiles.storage.StaticFilesStorage"
    override_settings(
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": plain}}
    ).enable()


def visit(path):
    """What a visitor got at `path` from the WSGI application, as gunicorn calls it
    (Django's test client would keep the connection-closing signals off), and how
    long it took."""
    from django.core.wsgi import get_wsgi_application
    from django.test import RequestFactory

    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=int(status.split()[0]), headers=dict(headers))

    environ = RequestFactory().get(path, headers={"x-forwarded-proto": "https"}).environ
    started = time.monotonic()
    chunks = get_wsgi_application()(environ, start_response)
    body = b"".join(chunks).decode()
    chunks.close()
    headers = answer["headers"]
    is_json = headers.get("Content-Type") == "application/json"
    return {
        "status": answer["status"],
        "seconds": round(time.monotonic() - started, 3),
        "json": json.loads(body) if is_json else None,
        "text": "" if is_json else body,
        "retry_after": headers.get("Retry-After"),
    }
