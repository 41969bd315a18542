"""Settings shared by every environment.

Every value that differs between machines is read from the environment here, in one
place (django-environ); a `.env` file beside `manage.py` is read when present.
`.env.example` lists every variable.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "accounts",
    "home",
    "lettings",
    "profiles",
    "search",
    "legacy",
    "editorial",
    "pagecache",
    "images",
    "enquiries",
    "seo",
    "api",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "wagtail_2fa",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Outermost, so every answer carries it, the ones other middleware make included.
    "oc_lettings_site.headers.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Right after the HTTPS redirect: a hit skips everything below (the CSP header is
    # stored with the page; sessions, CSRF and auth never load). Static files pass by.
    "pagecache.middleware.PageCacheMiddleware",
    # csp's middleware, with the admin's own enforced policy (oc_lettings_site/headers.py).
    "oc_lettings_site.headers.SiteCSPMiddleware",
    # Before anything reads the body (sessions, CSRF, forms), after the headers above.
    "oc_lettings_site.limits.RequestBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware has checked the host against ALLOWED_HOSTS.
    "pagecache.sites.MemoisedSiteMiddleware",
    # Before CSRF: a letting's enquiry form is cached for everyone, so it carries no
    # per-visitor token (enquiries/middleware.py says what protects it instead).
    "enquiries.middleware.EnquiryFormCsrfExemptMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Right after the user is known: two-factor verification before any view runs.
    "wagtail_2fa.middleware.VerifyUserPermissionsMiddleware",
    # Wraps Wagtail's page- and document-password views (process_view) for axes.
    "accounts.page_passwords.PagePasswordThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "oc_lettings_site.urls"
WSGI_APPLICATION = "oc_lettings_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Resilience: a database or cache that fails or hangs costs visitors seconds, not
# the site (oc_lettings_site/postgresql, oc_lettings_site/cache.py, README "Security").
# PostgreSQL: a bounded connect, a bounded statement, and a bounded wait for any answer
# (a hung server answers nothing, so the server-side statement timeout cannot fire).
DATABASE_CONNECT_TIMEOUT = env.int("DATABASE_CONNECT_TIMEOUT", default=2)
DATABASE_STATEMENT_TIMEOUT = env.float("DATABASE_STATEMENT_TIMEOUT", default=4.0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "oc_lettings_site.postgresql"
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "connect_timeout": DATABASE_CONNECT_TIMEOUT,
        "options": f"-c statement_timeout={int(DATABASE_STATEMENT_TIMEOUT * 1000)}",
        # Half a second more than the server's own limit, so a working server
        # always cancels first; 0 (no statement limit) means no bound either.
        "answer_timeout": (
            DATABASE_STATEMENT_TIMEOUT + 0.5 if DATABASE_STATEMENT_TIMEOUT else None
        ),
    }

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            # Errors become misses, logged once an outage (oc_lettings_site/cache.py);
            # a hung Redis costs a quarter of a second, then is skipped for a while.
            "BACKEND": "oc_lettings_site.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    if REDIS_URL.startswith("rediss://"):
        # Heroku Data for Redis serves TLS with a self-signed certificate.
        CACHES["default"]["OPTIONS"]["ssl_cert_reqs"] = None
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions live in the database; the cache only holds copies, so losing Redis signs
# nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Sign-in protection (accounts/, README "Security") -------------------------------
# django-axes counts wrong passwords by account and by client address, separately: five
# of either lock it for half an hour (a superuser unlocks sooner: axes_reset_username,
# axes_reset_ip). Page-privacy passwords count the same way (accounts/page_passwords.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "accounts.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# How many proxies append to X-Forwarded-For in front of the app: 1 on Heroku (set in
# production), 0 when clients connect straight to gunicorn.
FORWARDED_FOR_HOPS = env.int("FORWARDED_FOR_HOPS", default=0)

# --- Read-only API (api/, README "API") -------------------------------------------------
# Anonymous only (no session or password is ever read), JSON only, and throttled per
# client address in the shared cache: API_THROTTLE_RATE requests per client (DRF's
# "number/second|minute|hour|day"). NUM_PROXIES reads X-Forwarded-For as
# FORWARDED_FOR_HOPS does (production.py sets both).
API_THROTTLE_RATE = env("API_THROTTLE_RATE", default="120/minute")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttles.ClientRateThrottle"],
    "NUM_PROXIES": FORWARDED_FOR_HOPS,
    "UNAUTHENTICATED_USER": None,
}
# At most this many items a request (`?limit=`); the default page is 20.
WAGTAILAPI_LIMIT_MAX = 50
# Two-factor authentication (wagtail-2fa on django-otp, TOTP apps and recovery codes):
# required of superusers and Moderators (their role holds wagtailadmin.enable_2fa),
# offered to everyone else under Account. `make run` turns it off (dev.py).
WAGTAIL_2FA_REQUIRED = env.bool("WAGTAIL_2FA_REQUIRED", default=True)
# wagtail-2fa's packaged migration lacks its dependencies (see the replacement's doc).
MIGRATION_MODULES = {"wagtail_2fa": "accounts.wagtail_2fa_migrations"}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/Los_Angeles"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
# Served at the site root by WhiteNoise: what browsers ask for there by name
# (/favicon.ico, /apple-touch-icon.png) and the web manifest with its icons.
WHITENOISE_ROOT = BASE_DIR / "public"
WHITENOISE_MIMETYPES = {".webmanifest": "application/manifest+json"}
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Heroku's disk is wiped at every deploy and restart: with a bucket configured, uploaded
# images and documents live in S3 (or an S3-compatible store) instead. The bucket stays
# private and every media URL is signed, so privacy-restricted documents stay private.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "access_key": env("AWS_ACCESS_KEY_ID", default=None),
            "secret_key": env("AWS_SECRET_ACCESS_KEY", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
            "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=True),
            "file_overwrite": False,
        },
    }

# A strict Content Security Policy on every page of ours: no inline code anywhere
# (tests/site/test_csp_ready.py pins it). The admin is Wagtail's own code and keeps
# Wagtail's defaults. Signed S3 media URLs live on a host that depends on the bucket's
# region or custom domain, so with a bucket images may come from any HTTPS origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"] + (["https:"] if AWS_STORAGE_BUCKET_NAME else []),
        "connect-src": [SELF],
        "font-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
# Wagtail's admin under the strictest policy it works with (proved in Chromium by
# tests/browser/test_admin_obeys_its_policy.py); the strict one above is sent beside it,
# report-only, so what the admin still needs shows up in the browser console.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        # Wagtail 7.4 writes inline <script> blocks (page editor, listings, choosers)
        # whose content differs from page to page and carries no nonce: neither a hash
        # nor a nonce can allow them, so the admin alone keeps 'unsafe-inline' here.
        "script-src": [SELF, UNSAFE_INLINE],
        # Image uploads preview the chosen file from a blob: URL.
        "img-src": CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] + ["blob:"],
    },
}
# Editors' avatars from gravatar.com would tell it who signs in to the admin, and the
# dashboard's release check would call releases.wagtail.org: neither leaves the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# One framing rule: nothing frames our pages, except the admin's preview panel, which
# frames the preview of the page being edited (Wagtail marks those answers SAMEORIGIN);
# the CSP's frame-ancestors follows X-Frame-Options on every answer (headers.py).
X_FRAME_OPTIONS = "DENY"
# No page of ours uses these browser features: none may, not even an embedded frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "serial",
        "xr-spatial-tracking",
    )
}

# Request sizes: form fields Django parses, whole requests, and uploads (limits.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
REQUEST_BODY_MAX_BYTES = 3 * 1024 * 1024
UPLOAD_REQUEST_MAX_BYTES = 50 * 1024 * 1024

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="OC Lettings <noreply@localhost>"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # One line per background task drowns everything else: a demo load alone
    # prints about 1,500.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# Error reporting, started by production.py only when SENTRY_DSN is set.
SENTRY_DSN = env("SENTRY_DSN", default="")
SENTRY_ENVIRONMENT = env("SENTRY_ENVIRONMENT", default="production")
SENTRY_RELEASE = env("SENTRY_RELEASE", default="")
SENTRY_TRACES_SAMPLE_RATE = env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Orange County Lettings"
# Link previews of pages with no image of their own (a static file, 1200×630).
SOCIAL_DEFAULT_IMAGE = env("SOCIAL_DEFAULT_IMAGE", default="img/social-default.png")
SOCIAL_DEFAULT_DESCRIPTION = "Homes to rent across Orange County, California."
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend; on PostgreSQL, title norms refreshed in bulk.
        "BACKEND": "search.backends",
        # PostgreSQL stems English words ("cottages" finds "cottage") whatever the
        # server's default text-search language; SQLite ignores it.
        "SEARCH_CONFIG": "english",
    }
}
# Past one machine, search moves to OpenSearch (AWS OpenSearch Service, Bonsai on
# Heroku): an https://user:password@host URL switches the backend; `update_index` fills it.
OPENSEARCH_URL = env("OPENSEARCH_URL", default="")
if OPENSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": [OPENSEARCH_URL],
            "INDEX_PREFIX": env("OPENSEARCH_INDEX_PREFIX", default="oc-lettings-"),
            "TIMEOUT": 5,
        }
    }
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
# Uploads (images/uploads.py): only the formats we serve (no SVG, whose scripts would run
# in visitors' browsers), at most 10 MB and 40 megapixels (counted from the header, before
# anything is decoded), re-encoded from their pixels so nothing appended survives.
# Neither renditions nor Pillow (images/apps.py) ever decode more pixels than the cap.
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "images.forms.ImageForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_MODERATION_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
# How long a draft share link works unless its creator picks another length.
SHARE_LINK_DEFAULT_DAYS = env.int("SHARE_LINK_DEFAULT_DAYS", default=7)

# Background tasks: the search index, the reference index, image clean-up and our
# renditions. Here (local work and tests) they run in the request that queues them, so
# `make run` needs no second process; production.py queues them in the database for the
# worker process (`manage.py db_worker`).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Enquiries (enquiries/, docs/enquiries.md): anonymised after this many days.
ENQUIRY_RETENTION_DAYS = env.int("ENQUIRY_RETENTION_DAYS", default=365)

# --- Page cache (pagecache/, docs/caching.md) -------------------------------------------
# Anonymous GET/HEAD answers of public pages are kept this many seconds in the default
# cache at most (shared by every worker when REDIS_URL is set); 0 switches it off. Every
# content change makes every cached page stale at once, whatever this lifetime.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# A CDN (CloudFront) in front of the site: with its distribution set, pages tell it to
# keep them (s-maxage) and every content change purges the whole site from it.
FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID = env(
    "FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", default=""
)
if FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID:
    WAGTAILFRONTENDCACHE = {
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID,
            "AWS_ACCESS_KEY_ID": env("AWS_ACCESS_KEY_ID", default=None),
            "AWS_SECRET_ACCESS_KEY": env("AWS_SECRET_ACCESS_KEY", default=None),
        }
    }
