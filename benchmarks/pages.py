"""Time the public pages with 10,000 lettings: `make bench`.

Seeds a database of its own (benchmarks/bench.sqlite3 unless BENCH_DATABASE_URL is set)
once, then requests each page through Django's test client and reports the median time,
the number of queries and the peak memory of a request.
"""

import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oc_lettings_site.settings.test")
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{HERE / 'bench.sqlite3'}"
)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from lettings.models import Address, LettingIndexPage, LettingPage  # noqa: E402

LETTINGS = int(os.environ.get("BENCH_LETTINGS", "10000"))
REPEAT = 15
CITIES = ["Irvine", "Anaheim", "Santa Ana", "Tustin", "Orange", "Brea", "Fullerton"]
# Titles of several lengths, as real ones are: PostgreSQL's search backend rewrites every
# index entry whose title is exactly the average length on each save, so titles of one
# length would make every save rewrite the whole index.
TITLES = [
    "Benchmark home {n}",
    "Sunny benchmark cottage {n} near the beach",
    "Quiet benchmark flat {n}",
    "Spacious family benchmark house {n} with garden and pool",
    "Benchmark studio {n} downtown",
]


def seed():
    call_command("migrate", verbosity=0)
    index = LettingIndexPage.objects.get()
    existing = LettingPage.objects.count()
    started = time.perf_counter()
    for number in range(existing, LETTINGS):
        address = Address.objects.create(
            number=number % 9999 + 1,
            street=f"Benchmark Street {number}",
            city=CITIES[number % len(CITIES)],
            state="CA",
            zip_code=f"{92600 + number % 100:05d}",
        )
        index.add_child(
            instance=LettingPage(
                title=TITLES[number % len(TITLES)].format(n=number),
                slug=f"benchmark-home-{number}",
                address=address,
                summary="A home made for measuring.",
                monthly_rent=1500 + number % 4000,
                bedrooms=number % 5,
                bathrooms=1,
            )
        )
        index.refresh_from_db(fields=["numchild"])
    if LETTINGS > existing:
        print(
            f"seeded {LETTINGS - existing} lettings in {time.perf_counter() - started:.0f} s"
        )


def measure(client, url):
    client.get(url)
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)
    tracemalloc.start()
    client.get(url)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings) * 1000, query_count, peak / 1024


def measure_publish(letting):
    """An editor's publish at this size: revision, page save, search and reference index."""
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        letting.save_revision().publish()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main():
    # Keep one connection across requests, as a warm gunicorn worker would.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    seed()
    client = Client()
    last = LettingPage.objects.order_by("-pk").first()
    pages = [
        "/",
        "/lettings/",
        "/lettings/?page=400",
        "/lettings/?city=Irvine&min_bedrooms=2&max_rent=3000",
        last.url,
        "/profiles/",
        "/search/?q=benchmark+irvine",
    ]
    print(
        f"{LettingPage.objects.count()} lettings, {connection.vendor}, median of {REPEAT}"
    )
    print(f"{'page':58} {'ms':>8} {'queries':>8} {'peak KiB':>9}")
    for url in pages:
        if url.startswith("/search/") and not _has_search():
            continue
        ms, queries, peak = measure(client, url)
        print(f"{url:58} {ms:8.1f} {queries:8d} {peak:9.0f}")
    print(f"{'publish one letting (admin write path)':58} {measure_publish(last):8.1f}")


def _has_search():
    return Client().get("/search/?q=x").status_code == 200


if __name__ == "__main__":
    main()
