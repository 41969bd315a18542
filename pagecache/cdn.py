"""A CDN in front of the site, purged whenever the page cache's generation changes.

Wagtail's frontend cache backends purge by URL, and a change can show on any page (a
letting sits in the lists, their filters and page numbers, home and search), so the
whole site is purged at once: one `/*` invalidation per site, which CloudFront counts as
a single path. The purge is a background task (Wagtail's own).
"""

from django.conf import settings


def purge_site():
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
    from wagtail.models import Site

    purge_urls_from_cache([site.root_url + "/*" for site in Site.objects.all()])
