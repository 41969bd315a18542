"""/healthz/: JSON with the state of the database and the cache; 200 when the database
answers, 503 when it does not, never cached, and reachable over plain HTTP behind the
production HTTPS redirect. (Cache faults: tests/resilience/test_cache_outage.py.)"""

import pytest
from django.urls import reverse

from .production_process import run_script

PROBE_HEALTHZ = """
import json
from django.test import Client
client = Client()
health = client.get("/healthz/")
home = client.get("/")
print(json.dumps({
    "health_status": health.status_code,
    "health_body": health.json(),
    "health_cache_control": health.headers.get("Cache-Control"),
    "home_status": home.status_code,
    "home_location": home.headers.get("Location"),
}))
"""


@pytest.mark.django_db
def test_answers_200_when_the_database_answers(client):
    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": {"default": "ok"},
        "cache": "ok",
    }


@pytest.mark.django_db
def test_is_never_cached(client):
    response = client.get("/healthz/")

    assert "no-cache" in response.headers["Cache-Control"]
    assert "no-store" in response.headers["Cache-Control"]
    assert "max-age=0" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_answers_head_but_refuses_writes(client):
    assert client.head("/healthz/").status_code == 200
    assert client.post("/healthz/").status_code == 405


def test_answers_503_over_plain_http_when_the_database_is_unreachable(tmp_path):
    """A production process whose database file cannot be opened (its folder does not
    exist): the real connection attempt fails, no mock involved."""
    unreachable = f"sqlite:///{tmp_path}/missing-folder/db.sqlite3"

    probe = run_script(
        PROBE_HEALTHZ, DATABASE_URL=unreachable, ALLOWED_HOSTS="testserver"
    )

    assert probe["health_status"] == 503
    assert probe["health_body"] == {
        "status": "unavailable",
        "database": {"default": "unavailable"},
        "cache": "ok",
    }
    assert "no-store" in probe["health_cache_control"]
    # Everything else still goes to HTTPS.
    assert probe["home_status"] == 301
    assert probe["home_location"] == "https://testserver/"
