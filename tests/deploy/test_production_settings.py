"""Production settings: read from the environment, refuse to start without a secret key,
and pass Django's deployment checklist."""

from .production_process import describe_production, run_manage


def test_check_deploy_is_clean_at_warning_level():
    completed = run_manage("check", "--deploy", "--fail-level", "WARNING")

    assert completed.returncode == 0, completed.stderr
    assert "System check identified no issues" in completed.stdout


def test_production_refuses_to_start_without_a_secret_key():
    completed = run_manage("check", SECRET_KEY="")

    assert completed.returncode != 0
    assert "SECRET_KEY is not set. Production refuses to start without it" in (
        completed.stderr
    )


def test_defaults_are_sqlite_local_memory_cache_and_local_media(default_production):
    settings = default_production

    assert settings["debug"] is False
    assert settings["database"]["ENGINE"] == "django.db.backends.sqlite3"
    assert settings["cache"]["BACKEND"].endswith("LocMemCache")
    assert settings["media_storage"]["BACKEND"].endswith("FileSystemStorage")
    assert settings["static_storage"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_heroku_style_variables_configure_every_service():
    settings = describe_production(
        DATABASE_URL="postgres://app:pw@db.internal:5432/lettings",
        REDIS_URL="rediss://:pw@cache.internal:6380",
        AWS_STORAGE_BUCKET_NAME="oc-lettings-media",
        AWS_S3_REGION_NAME="eu-west-3",
        EMAIL_URL="smtp+tls://mailer:pw@smtp.internal:587",
        WAGTAILADMIN_BASE_URL="https://oc-lettings.example.com",
        CSRF_TRUSTED_ORIGINS="https://oc-lettings.example.com",
    )

    assert settings["database"] == {
        "ENGINE": "oc_lettings_site.postgresql",
        "NAME": "lettings",
        "CONN_MAX_AGE": 600,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": {
            "connect_timeout": 2,
            "options": "-c statement_timeout=4000",
            "answer_timeout": 4.5,
        },
    }
    assert settings["cache"] == {
        "BACKEND": "oc_lettings_site.cache.ResilientRedisCache",
        "LOCATION": "rediss://:pw@cache.internal:6380",
        "OPTIONS": {
            "socket_connect_timeout": 0.25,
            "socket_timeout": 0.25,
            "ssl_cert_reqs": None,
        },
    }
    assert settings["session_engine"] == "django.contrib.sessions.backends.cached_db"
    assert settings["media_storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert settings["media_storage"]["OPTIONS"]["bucket_name"] == "oc-lettings-media"
    assert settings["media_storage"]["OPTIONS"]["region_name"] == "eu-west-3"
    assert settings["media_storage"]["OPTIONS"]["querystring_auth"] is True
    assert settings["email_backend"] == "django.core.mail.backends.smtp.EmailBackend"
    assert settings["admin_base_url"] == "https://oc-lettings.example.com"
    assert settings["csrf_trusted_origins"] == ["https://oc-lettings.example.com"]


def test_the_release_may_lift_the_statement_timeout_for_long_migrations():
    settings = describe_production(
        DATABASE_URL="postgres://app:pw@db.internal:5432/lettings",
        DATABASE_STATEMENT_TIMEOUT="0",
    )

    assert settings["database"]["OPTIONS"]["options"] == "-c statement_timeout=0"
    assert settings["database"]["OPTIONS"]["answer_timeout"] is None


def test_production_installs_no_demo_app_and_so_none_of_its_commands():
    completed = run_manage("help", "--commands")

    assert completed.returncode == 0, completed.stderr
    commands = set(completed.stdout.split())
    assert "migrate" in commands
    assert not {"load_demo_content", "ensure_local_admin"} & commands
