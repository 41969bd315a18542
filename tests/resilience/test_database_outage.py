"""A database that is down or hung: visitors get the designed 503 page within 5 s,
`/healthz/` answers 503, nothing hangs, and the site comes back by itself."""

import socket

import pytest

from .faults import closed_port
from .processes import run_production

# The first request finds the database absent; later ones too, each fast.
UNREACHABLE = """
import json, os
import django
django.setup()
from tests.resilience.processes import serve_static_uncollected, visit
serve_static_uncollected()
print(json.dumps({
    "home": visit("/"),
    "letting": visit("/lettings/harbour-loft/"),
    "health": visit("/healthz/"),
}))
"""

# Connected through a relay to the machine's PostgreSQL, which then stops answering
# (the relay holds every byte) and later answers again; the shared server itself is
# never touched.
HUNG = """
import json, os, time
from tests.resilience.faults import RelayProxy
relay = RelayProxy(5432)
os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:{relay.port}/postgres"
import django
django.setup()
from tests.resilience.processes import serve_static_uncollected, visit
serve_static_uncollected()
before = visit("/healthz/")
relay.freeze()
hung = [visit("/healthz/"), visit("/"), visit("/lettings/")]
relay.thaw()
time.sleep(2.5)
print(json.dumps({"before": before, "hung": hung, "after": visit("/healthz/")}))
"""


def shared_postgresql_answers():
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return False
    return True


def assert_designed_503(visit):
    assert visit["status"] == 503
    assert "We will be back in a moment" in visit["text"]
    assert visit["retry_after"] == "30"
    assert visit["seconds"] < 5


def test_sqlite_that_cannot_be_opened_gives_the_503_page(tmp_path):
    probe, _ = run_production(
        UNREACHABLE,
        DATABASE_URL=f"sqlite:///{tmp_path}/missing-folder/db.sqlite3",
        ALLOWED_HOSTS="testserver",
    )

    assert_designed_503(probe["home"])
    assert_designed_503(probe["letting"])
    assert probe["health"]["status"] == 503


def test_postgresql_nobody_listens_on_gives_the_503_page():
    probe, _ = run_production(
        UNREACHABLE,
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port()}/lettings",
        ALLOWED_HOSTS="testserver",
    )

    assert_designed_503(probe["home"])
    assert_designed_503(probe["letting"])
    assert probe["health"]["json"]["database"] == {"default": "unavailable"}


@pytest.mark.skipif(not shared_postgresql_answers(), reason="no PostgreSQL on 5432")
def test_a_hung_postgresql_costs_at_most_5_seconds_and_the_site_recovers():
    probe, _ = run_production(HUNG, ALLOWED_HOSTS="testserver")

    assert probe["before"]["status"] == 200
    first, *later = probe["hung"]
    assert first["status"] == 503 and first["seconds"] < 5
    assert first["json"]["database"] == {"default": "unavailable"}
    for visit in later:
        assert_designed_503(visit)
        # The process stopped waiting for a database that had just gone quiet.
        assert visit["seconds"] < 1
    assert probe["after"]["status"] == 200
    assert probe["after"]["json"]["status"] == "ok"
