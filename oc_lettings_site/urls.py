from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api.urls import api_router
from editorial.views import share_link
from lettings.views import lettings_feed
from oc_lettings_site.healthz import healthz
from oc_lettings_site.sitemap import PublicHostSitemap

urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
    path("api/v2/", api_router.urls),
    path("share/<str:token>/", share_link, name="share_link"),
    # The feed lives on the lettings section (its feed/ route); its first address
    # answers, or redirects there once the section is renamed.
    path("lettings/feed/", lettings_feed, name="lettings_feed"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": PublicHostSitemap}},
        name="sitemap",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path("", include(wagtail_urls)),
    # Wagtail's page pattern allows only letters, digits, "_" and "-" in a path;
    # Django usernames may also hold ".", "@" and "+", so a profile's address (wherever
    # editors put the profiles section) falls through to this wider one.
    re_path(r"^((?:[\w.@+-]+/)*)$", wagtail_views.serve),
]

# A database outage answers the designed 503 page instead of the 500 one.
handler500 = "oc_lettings_site.outage.server_error"
