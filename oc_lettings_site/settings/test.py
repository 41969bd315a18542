"""The test suite: fast hashing, plain static storage, mail kept in memory."""

from .base import *  # noqa: F401,F403
from .base import INSTALLED_APPS, LOGGING

# The demo app is tested here; production never installs it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105 (the test suite's own)
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the app folders, with no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

LOGGING = {
    **LOGGING,
    "root": {"handlers": ["console"], "level": "WARNING"},
}
# The suite's own PostgreSQL is never hung, and a loaded CI machine may take a while over
# a flush: bounds far above any query (the tight production ones are tested in
# tests/resilience against production processes).
if DATABASES["default"]["ENGINE"] == "oc_lettings_site.postgresql":  # noqa: F405
    DATABASES["default"]["OPTIONS"].update(  # noqa: F405
        options="-c statement_timeout=0", answer_timeout=60
    )
