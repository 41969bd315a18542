"""`make soak`: the site under load with production settings, then under faults.

Loopback only, bounded in time (about six minutes), and everything it starts is its own:
a PostgreSQL (initdb under a temp dir, run as the postgres user) and a redis-server on
free ports, and gunicorn with gunicorn.conf.py. The machine's shared PostgreSQL and
Redis are never touched. Phases:

1. a bare WSGI app under gunicorn for 10 s: the throughput the site is compared with;
2. 60 s x 50 connections over the public pages mix: answers by status, latency, and the
   workers' memory (sampled every 2 s);
3. 20 s of the same load while 6 clients trickle their request headers;
4. for each fault (Redis stopped, Redis frozen, PostgreSQL stopped, PostgreSQL frozen):
   30 s of load, the fault from 8 s to 18 s, and a probe requesting / and /healthz/ four
   times a second: what visitors got, how fast, and how soon the site recovered.

Prints one table and the whole result as JSON (the README keeps the last figures).
"""

import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CONNECTIONS = 50
FAULT_AT, RESTORE_AT, FAULT_RUN = 8, 18, 30


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port}")


class OwnServer:
    """A server process of our own in its own process group, so stop and freeze reach
    every process of it (PostgreSQL's backends included)."""

    def __init__(self, name, log):
        self.name, self.log, self.process = name, log, None
        self.port = free_port()

    def command(self):
        raise NotImplementedError

    def start(self):
        self.process = subprocess.Popen(
            self.command(),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for_port(self.port)
        time.sleep(0.5)

    def stop(self):
        os.killpg(self.process.pid, signal.SIGINT)
        self.process.wait(timeout=30)

    def processes(self):
        """The server's process and all its descendants (PostgreSQL's backends call
        setsid(), so its process group alone would leave them running)."""
        found, queue = [], [self.process.pid]
        while queue:
            pid = queue.pop()
            found.append(pid)
            children = Path(f"/proc/{pid}/task/{pid}/children")
            if children.exists():
                queue.extend(int(child) for child in children.read_text().split())
        return found

    def freeze(self):
        # The parent first, so it forks nothing new while its children stop.
        for pid in self.processes():
            os.kill(pid, signal.SIGSTOP)

    def thaw(self):
        for pid in self.processes():
            os.kill(pid, signal.SIGCONT)


class OwnPostgres(OwnServer):
    def __init__(self, folder, log):
        super().__init__("PostgreSQL", log)
        self.data = folder / "pg"
        folder.chmod(0o755)
        self.data.mkdir()
        shutil.chown(self.data, "postgres", "postgres")
        subprocess.run(
            [*self.as_postgres(), "/usr/local/bin/initdb", "-D", str(self.data)]
            + ["-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"],
            stdout=log,
            stderr=subprocess.STDOUT,
            check=True,
        )

    @staticmethod
    def as_postgres():
        # PostgreSQL refuses to run as root.
        return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"]

    def command(self):
        return [
            *self.as_postgres(),
            "/usr/local/bin/postgres",
            "-D",
            str(self.data),
            "-p",
            str(self.port),
            "-k",
            str(self.data),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
        ]

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"


class OwnRedis(OwnServer):
    def __init__(self, log):
        super().__init__("Redis", log)

    def command(self):
        return [shutil.which("redis-server"), "--port", str(self.port)] + [
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ]

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"


def run_manage(environment, *args, log):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
        check=True,
    )


def start_gunicorn(environment, app, port, log):
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "--config", "gunicorn.conf.py", app],
        cwd=ROOT,
        env={**environment, "PORT": str(port)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    wait_for_port(port)
    return process


def stop_gunicorn(process):
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=40)


def get(port, path, timeout=15):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.monotonic()
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        body = response.read().decode(errors="replace")
        return response.status, time.monotonic() - started, body
    except OSError:
        return None, time.monotonic() - started, ""
    finally:
        connection.close()


def wrk(port, seconds, paths, connections=CONNECTIONS):
    completed = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
        + ["-s", str(ROOT / "soak" / "mix.lua"), f"http://127.0.0.1:{port}"],
        env={**os.environ, "SOAK_PATHS": " ".join(paths)},
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    [line] = [line for line in completed.stdout.splitlines() if line.startswith("SOAK")]
    result = json.loads(line[5:])
    result["per_second"] = round(result["requests"] / result["seconds"], 1)
    return result


def worker_memory(master):
    """Resident memory (MiB) of each worker of a gunicorn master, by PID."""
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text()
    memory = {}
    for pid in children.split():
        status = Path(f"/proc/{pid}/status").read_text()
        memory[int(pid)] = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
    return memory


def pages_mix(port):
    """The public pages mix: sections, three lettings, a profile, search, the sitemap."""
    lettings = get(port, "/lettings/")[2]
    profiles = get(port, "/profiles/")[2]
    letting_paths = sorted(set(re.findall(r'href="(/lettings/[\w-]+/)"', lettings)))
    profile_paths = sorted(set(re.findall(r'href="(/profiles/[\w.@+-]+/)"', profiles)))
    return [
        "/",
        "/lettings/",
        "/lettings/?page=2",
        *letting_paths[:3],
        "/profiles/",
        *profile_paths[:1],
        "/search/?q=irvine",
        "/search/suggest/?q=ir",
        "/sitemap.xml",
    ]


def baseline(port, master, paths):
    samples = []
    stop = threading.Event()

    def sample():
        while not stop.wait(2):
            samples.append((time.monotonic(), worker_memory(master)))

    sampler = threading.Thread(target=sample)
    started = time.monotonic()
    sampler.start()
    load = wrk(port, 60, paths)
    stop.set()
    sampler.join()
    totals = [(t - started, sum(m.values())) for t, m in samples]
    early = [mib for t, mib in totals if 10 <= t < 20]
    late = [mib for t, mib in totals if t >= 50]
    load["memory_mib_10_20s"] = round(statistics.mean(early), 1)
    load["memory_mib_50_60s"] = round(statistics.mean(late), 1)
    load["memory_growth_pct"] = round(100 * (late[-1] / early[0] - 1), 1)
    load["memory_growth_mean_pct"] = round(
        100 * (statistics.mean(late) / statistics.mean(early) - 1), 1
    )
    load["worker_pids_seen"] = len({pid for _, m in samples for pid in m})
    return load


def trickle(port, stop, lines_sent):
    """A client sending its request headers one line every two seconds."""
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        while not stop.wait(2):
            try:
                connection.sendall(f"X-Trickle-{lines_sent[0]}: 1\r\n".encode())
            except OSError:
                return
            lines_sent[0] += 1


def slow_clients(port, paths):
    stop, lines_sent = threading.Event(), [0]
    tricklers = [
        threading.Thread(target=trickle, args=(port, stop, lines_sent))
        for _ in range(6)
    ]
    for thread in tricklers:
        thread.start()
    time.sleep(1)
    load = wrk(port, 20, paths)
    stop.set()
    for thread in tricklers:
        thread.join()
    load["trickling_clients"] = len(tricklers)
    load["header_lines_trickled"] = lines_sent[0]
    return load


def probe(port, stop, started, records):
    while not stop.is_set():
        for path in ("/", "/healthz/"):
            status, seconds, body = get(port, path)
            cache = None
            if path == "/healthz/" and body.startswith("{"):
                cache = json.loads(body).get("cache")
            records.append((time.monotonic() - started, path, status, seconds, cache))
        stop.wait(0.25)


def fault(port, paths, server, name, begin, end):
    records, stop = [], threading.Event()
    started = time.monotonic()
    prober = threading.Thread(target=probe, args=(port, stop, started, records))
    prober.start()
    timers = [
        threading.Timer(FAULT_AT, begin),
        threading.Timer(RESTORE_AT, end),
    ]
    for timer in timers:
        timer.start()
    load = wrk(port, FAULT_RUN, paths)
    stop.set()
    prober.join()
    during = [r for r in records if FAULT_AT + 0.5 <= r[0] < RESTORE_AT and r[1] == "/"]
    health = [r for r in records if FAULT_AT + 0.5 <= r[0] < RESTORE_AT and r[1] != "/"]
    healthy = [
        r[0]
        for r in records
        if r[0] >= RESTORE_AT and r[1] == "/healthz/" and r[2] == 200 and r[4] == "ok"
    ]
    before = [r[3] for r in records if 1 <= r[0] < FAULT_AT and r[1] == "/"]
    statuses = {}
    for record in during:
        statuses[str(record[2])] = statuses.get(str(record[2]), 0) + 1
    return {
        "fault": name,
        "load": load,
        "home_during_fault": statuses,
        "home_seconds_max": round(max(r[3] for r in during), 3),
        "home_seconds_median": round(statistics.median(r[3] for r in during), 3),
        "home_seconds_median_before": round(statistics.median(before), 3),
        "healthz_during_fault": sorted(
            {f"{r[2]} {r[4] or ''}".strip() for r in health}
        ),
        "recovered_after_s": round(healthy[0] - RESTORE_AT, 1) if healthy else None,
    }


def restart(server):
    def again():
        server.start()

    return again


def table(result):
    lines = [
        f"bare WSGI app: {result['bare']['per_second']} req/s",
        "",
        "| phase | req/s (x bare) | 2xx | 503 | other 5xx | socket errors/timeouts "
        "| p50 / p99 / max ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]

    def row(name, load):
        ratio = load["per_second"] / result["bare"]["per_second"]
        lines.append(
            f"| {name} | {load['per_second']} ({ratio:.3f}) | {load['ok']} "
            f"| {load['unavailable']} | {load['server_errors']} "
            f"| {load['socket_errors']}/{load['timeouts']} "
            f"| {load['p50_ms']} / {load['p99_ms']} / {load['max_ms']} |"
        )

    row("60 s public mix", result["baseline"])
    row("20 s, 6 clients trickling headers", result["slow_clients"])
    for outcome in result["faults"]:
        row(f"30 s, {outcome['fault']} from 8 to 18 s", outcome["load"])
    base = result["baseline"]
    lines += [
        "",
        f"worker memory: {base['memory_mib_10_20s']} MiB at 10-20 s, "
        f"{base['memory_mib_50_60s']} MiB at 50-60 s "
        f"({base['memory_growth_mean_pct']:+} %), {base['worker_pids_seen']} "
        "worker processes seen (recycling)",
        "",
        "| fault | / during the fault | / slowest (median; median before) "
        "| /healthz/ during | healthy again after |",
        "|---|---|---:|---|---:|",
    ]
    for outcome in result["faults"]:
        got = ", ".join(f"{n}x {s}" for s, n in outcome["home_during_fault"].items())
        lines.append(
            f"| {outcome['fault']} | {got} | {outcome['home_seconds_max']} s "
            f"({outcome['home_seconds_median']} s; "
            f"{outcome['home_seconds_median_before']} s) "
            f"| {'; '.join(outcome['healthz_during_fault'])} "
            f"| {outcome['recovered_after_s']} s |"
        )
    return "\n".join(lines)


def main():
    folder = Path(tempfile.mkdtemp(prefix="oc-soak-"))
    log = (folder / "servers.log").open("w")
    postgres, redis = OwnPostgres(folder, log), OwnRedis(log)
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "oc_lettings_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": postgres.url,
        "REDIS_URL": redis.url,
        "MEDIA_ROOT": str(folder / "media"),
        "WEB_CONCURRENCY": "2",
        "LOG_LEVEL": "WARNING",
    }
    gunicorn = None
    try:
        postgres.start()
        redis.start()
        print("soak: migrating, loading the demo content, collecting static files")
        run_manage(environment, "migrate", "--noinput", log=log)
        demo = {
            **environment,
            "DJANGO_SETTINGS_MODULE": "oc_lettings_site.settings.dev",
        }
        run_manage(demo, "load_demo_content", log=log)
        run_manage(environment, "collectstatic", "--noinput", "-v0", log=log)

        result = {}
        port = free_port()
        print("soak: bare WSGI app, 10 s")
        gunicorn = start_gunicorn(environment, "soak.bare:app", port, log)
        result["bare"] = wrk(port, 10, ["/"])
        stop_gunicorn(gunicorn)

        port = free_port()
        gunicorn = start_gunicorn(environment, "oc_lettings_site.wsgi", port, log)
        paths = pages_mix(port)
        result["paths"] = paths
        for path in paths:  # warm up: renditions made, caches filled
            get(port, path)
        print(f"soak: {len(paths)} public pages, 60 s x {CONNECTIONS} connections")
        result["baseline"] = baseline(port, gunicorn, paths)
        print("soak: slow clients, 20 s")
        result["slow_clients"] = slow_clients(port, paths)
        result["faults"] = []
        for server, how, begin, end in (
            (redis, "stopped", redis.stop, restart(redis)),
            (redis, "frozen", redis.freeze, redis.thaw),
            (postgres, "stopped", postgres.stop, restart(postgres)),
            (postgres, "frozen", postgres.freeze, postgres.thaw),
        ):
            name = f"{server.name} {how}"
            print(f"soak: {name}, 30 s")
            result["faults"].append(fault(port, paths, server, name, begin, end))
        print(table(result))
        print("SOAK-RESULT " + json.dumps(result))
        failures = [
            load["server_errors"]
            for load in [result["baseline"], result["slow_clients"]]
            + [outcome["load"] for outcome in result["faults"]]
        ]
        return 1 if any(failures) else 0
    finally:
        if gunicorn and gunicorn.poll() is None:
            stop_gunicorn(gunicorn)
        for server in (redis, postgres):
            if server.process and server.process.poll() is None:
                server.thaw()
                server.stop()
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
