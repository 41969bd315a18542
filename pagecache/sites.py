"""The request's Wagtail site from a memo: Wagtail looks it up by host on every request."""

import copy

from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from .memo import remembered

# Hosts are checked against ALLOWED_HOSTS before this runs, but a pattern such as
# ".example.com" allows any number of them: past this many, look each up.
MAX_HOSTS = 32


def site_for(request):
    """The site Wagtail would find for `request`, as a copy of its own."""
    host = (split_domain_port(request.get_host())[0], request.get_port())
    known = remembered("pagecache:sites", dict)
    if host not in known and len(known) >= MAX_HOSTS:
        return Site._find_for_request(request)
    if host not in known:
        try:
            known[host] = get_site_for_hostname(*host)
        except Site.DoesNotExist:
            known[host] = None
    site = known[host]
    if site is None:
        return None
    # Each request gets instances of its own: serving caches the root page's specific
    # page and its children on them.
    mine = copy.copy(site)
    mine.root_page = copy.copy(site.root_page)
    return mine


class MemoisedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            # Where Site.find_for_request looks first.
            request._wagtail_site = site_for(request)
        except DatabaseError:
            # The database is down: leave it to what serves the outage page.
            pass
        return self.get_response(request)
