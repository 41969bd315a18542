"""Time `import_legacy_lettings` of 10,000 lettings and profiles: `make bench-import`.

Generates a legacy database in the legacy site's refactored schema (the builder of
tests/legacy), then for each target database: a freshly migrated site, a first import,
a second import of the same file (which must change nothing). Each import runs in a
process of its own, so that its peak memory (getrusage's ru_maxrss) is the import's.

Targets: SQLite at benchmarks/import-bench.sqlite3, and PostgreSQL at
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/oc_lettings_import_bench,
dropped and created anew). BENCH_IMPORT_ON=sqlite (or postgresql) runs one only;
BENCH_IMPORT_ROWS sets the size.
"""

import json
import os
import resource
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
ROWS = int(os.environ.get("BENCH_IMPORT_ROWS", "10000"))
LEGACY_PATH = HERE / f"legacy-{ROWS}.sqlite3"
SQLITE_URL = f"sqlite:///{HERE / 'import-bench.sqlite3'}"
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/oc_lettings_import_bench"
)
RESULTS = HERE / "results" / "importer-{vendor}.json"
TARGETS = {"sqlite": 90, "postgresql": 60}
SECOND_RUN_TARGET, MEMORY_TARGET_MB = 15, 500


def setup_django(database_url):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oc_lettings_site.settings.test")
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()


def run_import(database_url):
    """In a child process: one import; prints its time, memory and outcome as JSON."""
    setup_django(database_url)
    from django.core.management import call_command

    out = StringIO()
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    call_command("import_legacy_lettings", str(LEGACY_PATH), stdout=out)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu,
                "peak_mb": peak_kib / 1024,
                "summary": out.getvalue(),
            }
        )
    )


def cpu_seconds():
    # On a shared machine the wall time says more about the neighbours: the CPU time
    # of the importer's own process is reported beside it.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def migrate(database_url):
    """In a child process: an empty, migrated site."""
    setup_django(database_url)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def child(mode, database_url):
    completed = subprocess.run(  # noqa: S603 (this script, with our own arguments)
        [sys.executable, __file__, mode, database_url],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return completed.stdout


def fresh_database(database_url):
    if database_url.startswith("sqlite"):
        Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    else:
        import psycopg

        server, name = database_url.rsplit("/", 1)
        with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
    child("migrate", database_url)


def generate_legacy_database():
    if LEGACY_PATH.exists():
        return
    setup_django(SQLITE_URL)
    from tests.legacy.builder import build_legacy_database, generated_rows

    started = time.perf_counter()
    build_legacy_database(LEGACY_PATH, generated_rows(ROWS))
    print(f"generated {LEGACY_PATH.name} in {time.perf_counter() - started:.1f} s")


def bench(vendor, database_url):
    fresh_database(database_url)
    first = json.loads(child("import", database_url))
    second = json.loads(child("import", database_url))
    unchanged = all(
        line.split()[1:3] == ["0", "0"]
        for line in second["summary"].splitlines()
        if line.split()[:1]
        and line.split()[0]
        in {"users", "profiles", "addresses", "lettings", "redirects"}
    )
    return {
        "vendor": vendor,
        "rows": ROWS,
        "first_run_s": round(first["seconds"], 1),
        "second_run_s": round(second["seconds"], 1),
        "first_run_cpu_s": round(first.get("cpu_seconds", 0), 1),
        "second_run_cpu_s": round(second.get("cpu_seconds", 0), 1),
        "peak_mb": round(max(first["peak_mb"], second["peak_mb"])),
        "second_run_changed_nothing": unchanged,
        "first_run_summary": first["summary"],
    }


def main():
    generate_legacy_database()
    databases = {"sqlite": SQLITE_URL, "postgresql": POSTGRES_URL}
    wanted = os.environ.get("BENCH_IMPORT_ON", "sqlite,postgresql").split(",")
    databases = {
        vendor: url for vendor, url in databases.items() if url and vendor in wanted
    }
    results = [bench(vendor, url) for vendor, url in databases.items()]
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"{ROWS} lettings and {ROWS} profiles, {os.cpu_count()} cores, load {load}")
    print(
        f"{'database':12} {'first s':>8} {'cpu s':>6} {'target':>7}"
        f" {'second s':>9} {'cpu s':>6} {'peak MB':>8}"
    )
    for result in results:
        print(
            f"{result['vendor']:12} {result['first_run_s']:8.1f}"
            f" {result['first_run_cpu_s']:6.1f} {TARGETS[result['vendor']]:7d}"
            f" {result['second_run_s']:9.1f} {result['second_run_cpu_s']:6.1f}"
            f" {result['peak_mb']:8d}"
            + (
                ""
                if result["second_run_changed_nothing"]
                else "  SECOND RUN CHANGED ROWS"
            )
        )
    print(
        f"targets: second run <= {SECOND_RUN_TARGET} s, peak <= {MEMORY_TARGET_MB} MB"
    )
    for result in results:
        path = Path(str(RESULTS).format(vendor=result["vendor"]))
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 3:
        {"import": run_import, "migrate": migrate}[sys.argv[1]](sys.argv[2])
    else:
        main()
