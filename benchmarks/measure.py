"""One benchmark run: seed BENCH_DATABASE_URL to BENCH_LETTINGS lettings, time the pages.

Run by benchmarks/pages.py, one process per database and size; progress lines first, the
results as JSON on the last line.
"""

import json
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oc_lettings_site.settings.test")
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{HERE / 'bench.sqlite3'}"
)
# What is timed is rendering, not answering from the page cache.
os.environ["PAGE_CACHE_SECONDS"] = "0"
os.environ.setdefault("MEDIA_ROOT", str(HERE / "media"))


def create_postgres_database(url):
    """Create the database `url` names if it does not exist yet."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


if os.environ["DATABASE_URL"].startswith("postgres"):
    create_postgres_database(os.environ["DATABASE_URL"])

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from benchmarks.seed import seed  # noqa: E402
from lettings.models import LettingPage  # noqa: E402

LETTINGS = int(os.environ.get("BENCH_LETTINGS", "10000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "15"))
# Tasks queued by a publish stay queued, as a worker would take them: this times what
# the editor waits for.
QUEUED_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def pages_to_time():
    last = LettingPage.objects.order_by("-pk").first()
    return {
        "home": "/",
        "lettings list": "/lettings/",
        "lettings list, page 400 (or last)": "/lettings/?page=400",
        "lettings list, filtered": "/lettings/?city=Irvine&min_bedrooms=2&max_rent=3000",
        "a letting": last.url,
        "profiles": "/profiles/",
        "search": "/search/?q=benchmark+irvine",
        "suggestions": "/search/suggest/?q=bench",
    }


def time_page(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    # The captured queries are read from the connection's log, which the next request
    # empties: count them before it.
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)
    tracemalloc.start()
    client.get(url)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return summary(timings) | {"queries": query_count, "peak_kib": peak / 1024}


def time_publish(letting):
    """An editor's publish: revision and page save, in the request and with its tasks."""
    results = {}
    for name, tasks in (
        ("publish a letting (in the request)", QUEUED_TASKS),
        ("publish a letting (with its tasks)", settings.TASKS),
    ):
        with override_settings(TASKS=tasks):
            letting.save_revision().publish()
            timings = []
            for _ in range(max(REPEAT // 3, 3)):
                started = time.perf_counter()
                letting.save_revision().publish()
                timings.append((time.perf_counter() - started) * 1000)
            with CaptureQueriesContext(connection) as queries:
                letting.save_revision().publish()
        results[name] = summary(timings) | {"queries": len(queries), "peak_kib": 0}
    return results


def summary(timings):
    timings = sorted(timings)
    return {
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[max(round(len(timings) * 0.95) - 1, 0)], 2),
    }


def main():
    # Keep one connection across requests, as a warm gunicorn worker would.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    seed(LETTINGS)
    client = Client()
    pages = {
        name: time_page(client, url) for name, url in pages_to_time().items()
    } | time_publish(LettingPage.objects.order_by("-pk").first())
    result = {
        "database": connection.vendor,
        "lettings": LettingPage.objects.count(),
        "repeat": REPEAT,
        "pages": pages,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
