"""Run Python in a fresh process with the production settings, as the container does.

Production settings read the environment once at import and may start Sentry, so each
scenario gets its own interpreter with exactly the environment it describes.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# What the settings read; cleared so the caller's own shell or .env cannot leak in.
READ_BY_SETTINGS = (
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "DATABASE_CONNECT_TIMEOUT",
    "DATABASE_STATEMENT_TIMEOUT",
    "REDIS_URL",
    "SENTRY_DSN",
    "SENTRY_ENVIRONMENT",
    "SENTRY_RELEASE",
    "SENTRY_TRACES_SAMPLE_RATE",
    "AWS_STORAGE_BUCKET_NAME",
    "PAGE_CACHE_SECONDS",
    "FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID",
    "OPENSEARCH_URL",
    "OPENSEARCH_INDEX_PREFIX",
)


# Set by the browser tests for the rest of the session; production never has it.
TEST_ONLY = ("DJANGO_ALLOW_ASYNC_UNSAFE",)

# For a process that only sets the scene (a migrate, a collectstatic): coverage's
# subprocess patch would trace it, at a cost of many CPU seconds, for no line of ours
# that other tests leave uncovered. Migrations are left out of the report anyway.
UNTRACED = {"COVERAGE_PROCESS_CONFIG": None}


def production_environment(**variables):
    """The environment of a production process: a strong key, one host, plus `variables`."""
    left_out = READ_BY_SETTINGS + TEST_ONLY
    environment = {k: v for k, v in os.environ.items() if k not in left_out}
    environment.update(
        DJANGO_SETTINGS_MODULE="oc_lettings_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="oc-lettings.example.com",
    )
    environment.update(variables)
    return {k: v for k, v in environment.items() if v is not None}


def run(args, **variables):
    """Run `args` in the project root with a production environment."""
    return subprocess.run(
        args,
        cwd=PROJECT_ROOT,
        env=production_environment(**variables),
        capture_output=True,
        text=True,
        timeout=600,  # a guard against hangs: a fresh migrate under load takes minutes
    )


def run_manage(*args, **variables):
    return run([sys.executable, "manage.py", *args], **variables)


def run_script(code, **variables):
    """Run `code` after django.setup(); it prints one JSON document, returned parsed."""
    completed = run(
        [sys.executable, "-c", f"import django\ndjango.setup()\n{code}"], **variables
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


# What a production process ends up with: the settings that depend on the environment,
# and whether Sentry started, with which options.
DESCRIBE_PRODUCTION = """
import json
import sentry_sdk
from django.conf import settings
sentry = sentry_sdk.get_client()
print(json.dumps({
    "debug": settings.DEBUG,
    "database": {k: settings.DATABASES["default"][k]
                 for k in ("ENGINE", "NAME", "CONN_MAX_AGE", "CONN_HEALTH_CHECKS", "OPTIONS")
                 if k in settings.DATABASES["default"]},
    "session_engine": settings.SESSION_ENGINE,
    "cache": settings.CACHES["default"],
    "media_storage": settings.STORAGES["default"],
    "static_storage": settings.STORAGES["staticfiles"]["BACKEND"],
    "email_backend": settings.EMAIL_BACKEND,
    "admin_base_url": settings.WAGTAILADMIN_BASE_URL,
    "csrf_trusted_origins": settings.CSRF_TRUSTED_ORIGINS,
    "sentry": {
        "active": sentry.is_active(),
        "environment": sentry.options["environment"],
        "release": sentry.options["release"],
        "send_default_pii": sentry.options["send_default_pii"],
        "traces_sample_rate": sentry.options["traces_sample_rate"],
        "integrations": sorted(sentry.integrations),
    },
}))
"""


def describe_production(**variables):
    return run_script(DESCRIBE_PRODUCTION, **variables)
