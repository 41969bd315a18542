"""Supply chain: every dependency is installed at an exact version checked against its
hash, from the locks `make lock` writes; the locks follow requirements*.txt."""

import json
import re

import pytest

from .pipeline_files import dockerfile_stages
from .production_process import PROJECT_ROOT

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?==([^\s;\\]+)", re.MULTILINE)


def pins(name):
    text = (PROJECT_ROOT / name).read_text()
    return {
        match.group(1).lower().replace("_", "-"): match.group(3)
        for match in PIN.finditer(text)
    }


def locked_entries(name):
    """Each `package==version` block of a lock file, with its lines."""
    text = (PROJECT_ROOT / name).read_text()
    return re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])


@pytest.mark.parametrize(
    "requirements,lock",
    [
        ("requirements.txt", "requirements.lock"),
        ("requirements-dev.txt", "requirements-dev.lock"),
        ("requirements.txt", "requirements-dev.lock"),
    ],
)
def test_the_lock_holds_every_pin_at_its_version(requirements, lock):
    """Fails when a pin was added or changed without `make lock`."""
    locked = pins(lock)

    for package, version in pins(requirements).items():
        assert locked.get(package) == version, f"{package}: run make lock"


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_every_locked_package_carries_a_hash(lock):
    entries = locked_entries(lock)

    assert len(entries) > 40
    for entry in entries:
        assert "--hash=sha256:" in entry, entry.splitlines()[0]


def test_the_image_installs_the_production_lock_with_hashes():
    build = dockerfile_stages()[0]
    [install] = [args for name, args in build if "pip install" in args]

    assert ("COPY", "requirements.lock .") in build
    assert "--require-hashes --requirement requirements.lock" in install


def test_make_install_uses_the_dev_lock_and_make_lock_rewrites_both():
    makefile = (PROJECT_ROOT / "Makefile").read_text()

    assert "pip install --quiet --require-hashes -r requirements-dev.lock" in makefile
    lock_recipe = makefile.split("\nlock:", 1)[1].split("\n\n", 1)[0]
    assert "--output-file requirements.lock requirements.txt" in lock_recipe
    assert "--output-file requirements-dev.lock" in lock_recipe


def test_axe_core_is_pinned_exactly_and_locked_with_its_integrity_hash():
    """The browser audits' axe-core: `npm ci` installs the lock's version or fails."""
    manifest = json.loads((PROJECT_ROOT / "package.json").read_text())
    lock = json.loads((PROJECT_ROOT / "package-lock.json").read_text())
    version = manifest["dependencies"]["axe-core"]
    locked = lock["packages"]["node_modules/axe-core"]

    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert lock["packages"][""]["dependencies"] == manifest["dependencies"]
    assert locked["version"] == version
    assert locked["integrity"].startswith("sha512-")
