"""The sitemap, with every address on the site's configured public host.

Wagtail builds each address from the Site record, which says `localhost` until someone
edits it under Settings → Sites; a sitemap pointing crawlers at localhost is worse than
none. The public address is configuration (WAGTAILADMIN_BASE_URL, which production
requires), so the sitemap takes its scheme and host from there.

It lists the pages visitors may see, by the site's one visibility rule: Wagtail's own
sitemap would keep an expired page, or one under an unpublished section.
"""

from wagtail.contrib.sitemaps import Sitemap

from seo.urls import on_public_host
from visibility.pages import listed_pages


class PublicHostSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        return (
            listed_pages()
            .descendant_of(root, inclusive=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            url["location"] = on_public_host(url["location"])
        return urls
