"""A URL that fails on purpose, for the Sentry test only: the site has no crash URL."""

from django.urls import path


def crash(request):
    raise RuntimeError("Failing on purpose to prove Sentry reports it")


urlpatterns = [path("crash/", crash)]
