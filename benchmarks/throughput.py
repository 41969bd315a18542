"""Throughput under gunicorn at 10,000 lettings, beside a bare WSGI app: `make bench`'s
second half.

The machine is shared, so no absolute figure means much: every page is measured right
after the bare app (soak/bare.py, one fixed 20 KB answer) in the same run and reported as
a share of it. Production settings, gunicorn.conf.py with 2 workers (worker recycling
off: a restart holds requests for a second), a redis-server of our own for the cache,
and the PostgreSQL database `make bench` seeded (BENCH_POSTGRES_URL + "_10000"). Each
page runs twice: from the page cache (warmed first) and rendered every time
(PAGE_CACHE_SECONDS=0). wrk -t2 -c8 for BENCH_WRK_SECONDS (default 5) per measurement,
in BENCH_ROUNDS (default 3) alternating rounds of bare app and page; the median share.

    BENCH_THROUGHPUT_LETTINGS=10000  BENCH_WRK_SECONDS=5  BENCH_ROUNDS=3
"""

import json
import os
import re
import secrets
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pages import RESULTS, database_url  # noqa: E402
from soak.soak import (  # noqa: E402
    OwnRedis,
    free_port,
    get,
    run_manage,
    start_gunicorn,
    stop_gunicorn,
    wrk,
)

LETTINGS = int(os.environ.get("BENCH_THROUGHPUT_LETTINGS", "10000"))
SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONNECTIONS = 8


def throughput(port, path):
    """Requests per second and p99 (ms) for one path; every answer must be a 200."""
    result = wrk(port, SECONDS, [path], connections=CONNECTIONS)
    if result["ok"] != result["requests"]:
        raise RuntimeError(f"{path}: not every answer was 200: {result}")
    return {"per_second": result["per_second"], "p99_ms": result["p99_ms"]}


def paths_to_measure(port):
    lettings = get(port, "/lettings/")[2]
    profiles = get(port, "/profiles/")[2]
    letting = re.search(r'href="(/lettings/[\w-]+/)"', lettings).group(1)
    paths = {
        "/": "/",
        "/lettings/": "/lettings/",
        "/lettings/?page=400": "/lettings/?page=400",
        "/lettings/ filtered": "/lettings/?city=Irvine&min_bedrooms=2&max_rent=3000",
        "a letting": letting,
        "/profiles/": "/profiles/",
    }
    # The seeded catalogue may hold no profiles.
    profile = re.search(r'href="(/profiles/[\w.@+-]+/)"', profiles)
    return paths | ({"a profile": profile.group(1)} if profile else {})


def environment(redis_url, media_root):
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "oc_lettings_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url("postgresql", LETTINGS),
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(media_root),
        "WEB_CONCURRENCY": "2",
        "GUNICORN_CMD_ARGS": "--max-requests 0",
        "LOG_LEVEL": "WARNING",
    }


def measure(site_port, bare_port, paths):
    """Each path right after the bare app, as a share of it: the median of ROUNDS
    rounds, since one slow moment of the shared machine can halve a 5 s measurement."""
    rows = {}
    for name, path in paths.items():
        for _ in range(3):  # warm: the cache entry, the memos, the connection
            get(site_port, path)
        rounds = sorted(
            (one_round(site_port, bare_port, path) for _ in range(ROUNDS)),
            key=lambda row: row["share"],
        )
        rows[name] = rounds[len(rounds) // 2] | {
            "shares": [row["share"] for row in rounds]
        }
        print(
            f"  {name}: {rows[name]['per_second']} req/s, {rows[name]['share']} % of "
            f"the bare app (rounds {rows[name]['shares']}), "
            f"p99 {rows[name]['p99_ms']} ms",
            flush=True,
        )
    return rows


def one_round(site_port, bare_port, path):
    bare = throughput(bare_port, "/")
    page = throughput(site_port, path)
    share = round(100 * page["per_second"] / bare["per_second"], 1)
    return page | {"bare_per_second": bare["per_second"], "share": share}


def main():
    folder = Path(tempfile.mkdtemp(prefix="oc-bench-"))
    log = (folder / "servers.log").open("w")
    redis = OwnRedis(log)
    redis.start()
    base = environment(redis.url, HERE / "media")
    servers = []
    try:
        run_manage(base, "collectstatic", "--noinput", "-v0", log=log)
        bare_port = free_port()
        servers.append(start_gunicorn(base, "soak.bare:app", bare_port, log))
        result = {}
        for mode, seconds in (("cached", "600"), ("uncached", "0")):
            print(f"throughput at {LETTINGS} lettings, {mode}:", flush=True)
            port = free_port()
            site = start_gunicorn(
                base | {"PAGE_CACHE_SECONDS": seconds},
                "oc_lettings_site.wsgi",
                port,
                log,
            )
            servers.append(site)
            result[mode] = measure(port, bare_port, paths_to_measure(port))
            stop_gunicorn(servers.pop())
    finally:
        for server in servers:
            stop_gunicorn(server)
        redis.stop()
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = RESULTS / f"throughput-{stamp}.json"
    out.write_text(json.dumps({"lettings": LETTINGS, "load": os.getloadavg()} | result))
    print(f"written: {out}")


if __name__ == "__main__":
    main()
