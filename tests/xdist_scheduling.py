"""How `make test` shares the tests among its xdist workers (one more than the machine
has cores): by file, as `--dist loadfile` does, except the demo's package, sent whole to
one worker.

The demo's tests share the demo content its conftest loads once for the package
(seconds of CPU); split by file, each worker loaded it again, and again each time it
came back to the package after another's file. (`--dist loadgroup` would do it with a marker, but
pytest-xdist 3.8 cannot rename the tests of a group under pytest 9.) The hooks are
optional, so `-p no:xdist` still runs the suite without the plugin.
"""

import os

import pytest
from xdist.scheduler import LoadFileScheduling

ONE_UNIT_PACKAGES = ("tests/demo/",)


class FileOrPackageScheduling(LoadFileScheduling):
    def _split_scope(self, nodeid):
        for package in ONE_UNIT_PACKAGES:
            if nodeid.startswith(package):
                return package
        return super()._split_scope(nodeid)


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadfile":
        return FileOrPackageScheduling(config, log)
    return None


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """`-n auto`: a core each, and one more. The browser journeys, the gunicorn and
    redis-server tests and the release script's test spend much of their time waiting on
    another process (Chromium, a server booting); the extra worker runs a test then."""
    return (os.cpu_count() or 1) + 1
