import shutil
import subprocess
import time

import pytest
import redis

from .faults import SilentListener, closed_port


@pytest.fixture
def silent_redis():
    listener = SilentListener()
    yield listener
    listener.close()


class OwnRedis:
    """A redis-server of the test's own on a free port, stopped and started by PID."""

    def __init__(self):
        self.port = closed_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def own_redis():
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = OwnRedis()
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()
