"""Real servers for the page cache tests, each on a free loopback port and stopped by
its own PID: a private redis-server, and gunicorn with the production settings."""

import contextlib
import functools
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tests.deploy.production_process import PROJECT_ROOT, production_environment

STARTUP_SECONDS = 30
# The host production_environment() allows: every process answers for the same site,
# as dynos do behind Heroku's router.
PUBLIC_HOST = "oc-lettings.example.com"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(ready, what):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what} did not start within {STARTUP_SECONDS} s")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def redis_server():
    """A redis-server of our own, in memory only; yields its URL."""
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""],
        stdout=subprocess.DEVNULL,
    )

    def answers():
        with (
            contextlib.suppress(OSError),
            socket.create_connection(("127.0.0.1", port), timeout=1) as connection,
        ):
            connection.sendall(b"PING\r\n")
            return connection.recv(7) == b"+PONG\r\n"
        return False

    try:
        wait_until(answers, "redis-server")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(process)


def get(base_url, path):
    """A GET of the public site through `base_url`, as Heroku's router forwards it:
    the public host name, and HTTPS already ended."""
    request = urllib.request.Request(
        base_url + path, headers={"Host": PUBLIC_HOST, "X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@contextlib.contextmanager
def gunicorns(log, count, **variables):
    """`count` gunicorns serving the site as the container does, one worker each, on
    free ports; yields their base URLs. They boot together (a boot is seconds of imports
    and app loading), the second on another core while the first is booting."""
    ports = [free_port() for _ in range(count)]
    processes = []
    try:
        for port in ports:
            processes.append(start_gunicorn(log, port, variables))
        base_urls = [f"http://127.0.0.1:{port}" for port in ports]
        for base_url in base_urls:
            wait_until(functools.partial(answers_health_check, base_url), "gunicorn")
        yield base_urls
    finally:
        for process in processes:
            stop(process)


def start_gunicorn(log, port, variables):
    return subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "oc_lettings_site.wsgi:application"]
        + ["--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]
        + ["--workers", "1", "--worker-tmp-dir", "/tmp", "--no-control-socket"],
        cwd=PROJECT_ROOT,
        env=production_environment(**variables),
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def answers_health_check(base_url):
    with contextlib.suppress(OSError):
        return get(base_url, "/healthz/")[0] == 200
    return False
