"""Heroku: the release phase runs bin/release (check, then migrate), app.json documents the add-ons and
config vars, and no step ever creates an administrator."""

import os
import subprocess
import sys
from pathlib import Path

from .pipeline_files import heroku_app_json, heroku_manifest, heroku_release_command
from .production_process import PROJECT_ROOT, UNTRACED, production_environment


def test_the_release_phase_runs_the_one_release_script_from_the_web_image():
    manifest = heroku_manifest()

    assert manifest["build"]["docker"] == {"web": "Dockerfile"}
    assert manifest["release"]["image"] == "web"
    assert heroku_release_command() == "bin/release"


def test_the_release_script_checks_then_migrates_and_stops_at_a_failure():
    script = (PROJECT_ROOT / "bin" / "release").read_text()
    commands = [
        line for line in script.splitlines() if line and not line.startswith("#")
    ]

    assert commands == [
        "set -eu",
        "python manage.py check --deploy --fail-level WARNING",
        "DATABASE_STATEMENT_TIMEOUT=0 python manage.py migrate --noinput",
    ]
    assert os.access(PROJECT_ROOT / "bin" / "release", os.X_OK)


def test_the_release_script_migrates_a_fresh_database(tmp_path):
    database = tmp_path / "release.sqlite3"
    environment = {
        **production_environment(DATABASE_URL=f"sqlite:///{database}", **UNTRACED),
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }

    completed = subprocess.run(
        ["bin/release"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "System check identified no issues" in completed.stdout
    assert "Applying home.0003_site_skeleton... OK" in completed.stdout


def test_a_failing_check_stops_the_release_before_migrate(tmp_path):
    database = tmp_path / "release.sqlite3"
    environment = {
        **production_environment(
            DATABASE_URL=f"sqlite:///{database}", SECRET_KEY="short"
        ),
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }

    completed = subprocess.run(
        ["bin/release"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        timeout=120,
    )

    assert completed.returncode != 0
    assert not database.exists()


def test_app_json_declares_the_container_stack_and_the_add_ons():
    app = heroku_app_json()
    plans = {addon["plan"].split(":")[0] for addon in app["addons"]}

    assert app["stack"] == "container"
    assert plans == {"heroku-postgresql", "scheduler"}
    assert app["env"]["SECRET_KEY"] == {
        "description": app["env"]["SECRET_KEY"]["description"],
        "generator": "secret",
    }


def test_app_json_config_vars_are_all_documented_in_env_example():
    documented = (PROJECT_ROOT / ".env.example").read_text()

    for name in heroku_app_json()["env"]:
        assert f"# {name}=" in documented, name


def test_no_deployment_step_creates_an_administrator():
    deployment_files = [
        "Dockerfile",
        "heroku.yml",
        "app.json",
        ".circleci/config.yml",
        "gunicorn.conf.py",
        "bin/release",
    ]
    for name in deployment_files:
        text = (PROJECT_ROOT / name).read_text()
        assert "createsuperuser" not in text, name
        assert "ensure_local_admin" not in text, name
        assert "loaddata" not in text, name
