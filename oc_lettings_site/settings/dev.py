"""Local development: debug on, the demo app, a throw-away secret key, mail printed to the
console."""

from .base import *  # noqa: F401,F403
from .base import INSTALLED_APPS, env

# The demo content and the local admin: never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# Serve static files straight from the app folders, with no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Local work needs no phone: two-factor sign-in is off unless .env turns it on
# (WAGTAIL_2FA_REQUIRED=True); the local admin then enrols an app under Account.
WAGTAIL_2FA_REQUIRED = env.bool("WAGTAIL_2FA_REQUIRED", default=False)
