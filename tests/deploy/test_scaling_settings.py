"""Beyond one machine, each step is configuration: the production settings read it from
the environment, and what it switches on is built (no network needed)."""

from .production_process import run_script

DESCRIBE_SCALING = """
import json
from django.conf import settings
from django.core.cache import caches
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.search.backends import get_search_backend
search = get_search_backend()
print(json.dumps({
    "page_cache_seconds": settings.PAGE_CACHE_SECONDS,
    "cache": type(caches["default"]).__name__,
    "middleware": settings.MIDDLEWARE,
    "cdn": {name: [type(backend).__name__, getattr(backend, "cloudfront_distribution_id", None)]
            for name, backend in get_backends().items()},
    "search": type(search).__name__,
    "search_hosts": [dict(host) for host in getattr(search, "hosts", [])],
    "search_index": getattr(search, "index_prefix", None),
}))
"""


def describe_scaling(**variables):
    return run_script(DESCRIBE_SCALING, **variables)


def test_one_machine_needs_none_of_it():
    scaling = describe_scaling()

    assert scaling["page_cache_seconds"] == 600
    assert scaling["cache"] == "LocMemCache"
    assert scaling["cdn"] == {}
    assert scaling["search"] == "DatabaseSearchBackend"


def test_the_page_cache_answers_right_after_the_https_redirect():
    middleware = describe_scaling()["middleware"]
    position = middleware.index("pagecache.middleware.PageCacheMiddleware")

    assert middleware[position - 1] == "django.middleware.security.SecurityMiddleware"
    assert position < middleware.index(
        "django.contrib.sessions.middleware.SessionMiddleware"
    )


def test_dynos_share_the_page_cache_in_redis_and_can_switch_it_off():
    shared = describe_scaling(REDIS_URL="redis://cache.internal:6379/0")
    off = describe_scaling(PAGE_CACHE_SECONDS="0")

    assert shared["cache"] == "ResilientRedisCache"
    assert off["page_cache_seconds"] == 0


def test_a_cloudfront_distribution_is_purged_by_the_site():
    scaling = describe_scaling(
        FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID="E2EXAMPLE123",
        AWS_ACCESS_KEY_ID="AKIAEXAMPLE",
        AWS_SECRET_ACCESS_KEY="example-secret",
    )

    assert scaling["cdn"] == {"cloudfront": ["CloudfrontBackend", "E2EXAMPLE123"]}


def test_an_opensearch_url_switches_site_search():
    scaling = describe_scaling(
        OPENSEARCH_URL="https://search:pw@search.internal:443",
        OPENSEARCH_INDEX_PREFIX="lettings-",
    )

    assert scaling["search"] == "OpenSearch2SearchBackend"
    assert scaling["search_hosts"] == [
        {
            "host": "search.internal",
            "port": 443,
            "url_prefix": "",
            "use_ssl": True,
            "verify_certs": True,
            "http_auth": ["search", "pw"],
        }
    ]
    assert scaling["search_index"] == "lettings-"
