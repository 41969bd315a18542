"""Time the public pages at 100, 1,000 and 10,000 lettings: `make bench`.

Each catalogue size has a database of its own, seeded in bulk once (benchmarks/seed.py)
and reused: benchmarks/bench-<N>.sqlite3, and on PostgreSQL the database named by
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/oc_bench) with "_<N>"
appended, created if missing. Every (database, size) runs in a process of its own, which
requests each page through Django's test client with the page cache off and reports the
median and p95 time, the queries and the peak memory of one request. The parent prints
one table, with the flatness ratio of each page (slowest median over fastest across the
sizes: 1.0 is flat), and writes everything as JSON to benchmarks/results/.

    BENCH_SIZES=100,1000,10000  BENCH_DATABASES=postgresql,sqlite  BENCH_REPEAT=15
"""

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "100,1000,10000").split(",")]
DATABASES = os.environ.get("BENCH_DATABASES", "postgresql,sqlite").split(",")
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/oc_bench"
)


def database_url(vendor, size):
    if vendor == "sqlite":
        return f"sqlite:///{HERE / f'bench-{size}.sqlite3'}"
    return f"{POSTGRES_URL}_{size}"


def run_one(vendor, size):
    """Seed and measure one size in a child process; its last line of output is JSON."""
    env = {
        **os.environ,
        "BENCH_DATABASE_URL": database_url(vendor, size),
        "BENCH_LETTINGS": str(size),
    }
    # Our own interpreter running our own script: no outside input.
    child = subprocess.run(  # noqa: S603
        [sys.executable, str(HERE / "measure.py")],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    *log, last = child.stdout.strip().splitlines()
    for line in log:
        print(f"  {vendor} {size}: {line}", flush=True)
    return json.loads(last)


def flatness(runs):
    """For each page, its slowest median over its fastest across the sizes."""
    ratios = {}
    for page in runs[0]["pages"]:
        medians = [run["pages"][page]["median_ms"] for run in runs]
        ratios[page] = round(max(medians) / min(medians), 2)
    return ratios


def table(vendor, runs, ratios):
    sizes = [run["lettings"] for run in runs]
    header = f"{vendor:44}" + "".join(f"{f'{n} ms':>10}" for n in sizes)
    lines = [header + f"{'queries':>9}{'p95 ms':>8}{'KiB':>7}{'flat':>6}"]
    for page, ratio in ratios.items():
        largest = runs[-1]["pages"][page]
        lines.append(
            f"{page:44}"
            + "".join(f"{run['pages'][page]['median_ms']:10.1f}" for run in runs)
            + f"{largest['queries']:9d}{largest['p95_ms']:8.1f}"
            + f"{largest['peak_kib']:7.0f}{ratio:6.2f}"
        )
    return "\n".join(lines)


def main():
    report = {"started": datetime.now(timezone.utc).isoformat(), "databases": {}}
    for vendor in DATABASES:
        runs = [run_one(vendor, size) for size in SIZES]
        ratios = flatness(runs)
        report["databases"][vendor] = {"runs": runs, "flatness": ratios}
        print(table(vendor, runs, ratios), flush=True)
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for name in (f"pages-{stamp}.json", "pages-latest.json"):
        (RESULTS / name).write_text(json.dumps(report, indent=2) + "\n")
    print(f"results in {RESULTS / f'pages-{stamp}.json'}")


if __name__ == "__main__":
    main()
