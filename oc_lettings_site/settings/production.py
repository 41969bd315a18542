"""Production: every secret from the environment, HTTPS everywhere, loud failures."""

from django.core.exceptions import ImproperlyConfigured

from oc_lettings_site.sentry import init_sentry

from .base import *  # noqa: F401,F403
from .base import (
    DATABASES,
    SECRET_KEY,
    SENTRY_DSN,
    SENTRY_ENVIRONMENT,
    SENTRY_RELEASE,
    SENTRY_TRACES_SAMPLE_RATE,
    env,
)

DEBUG = False
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production refuses to start without it: "
        "set the SECRET_KEY environment variable (e.g. heroku config:set SECRET_KEY=...)."
    )

DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Heroku's router appends the client's address to X-Forwarded-For: trust that one entry.
FORWARDED_FOR_HOPS = env.int("FORWARDED_FOR_HOPS", default=1)
REST_FRAMEWORK["NUM_PROXIES"] = FORWARDED_FOR_HOPS  # noqa: F405
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# A probe from inside the platform may call the health check over plain HTTP; it
# carries no data, so it answers there instead of redirecting.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Background tasks wait in the database (django-tasks-db) for the worker process
# (`python manage.py db_worker`, heroku.yml's `worker`): a publish only queues its search
# index, reference index and rendition work.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Only here, not in base: the test job in CI has SENTRY_DSN in its environment too, and
# the test suite must never report to the real project.
init_sentry(
    SENTRY_DSN,
    environment=SENTRY_ENVIRONMENT,
    release=SENTRY_RELEASE,
    traces_sample_rate=SENTRY_TRACES_SAMPLE_RATE,
)
