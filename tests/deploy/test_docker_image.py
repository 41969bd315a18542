"""The Dockerfile: hadolint-clean, two stages from python:3.11-slim, static files
collected at build time, no secret baked in, a non-root gunicorn, the commit as the
Sentry release."""

import subprocess
import sys
from pathlib import Path

from .pipeline_files import dockerfile_instructions, dockerfile_stages, heroku_manifest
from .production_process import PROJECT_ROOT


def test_hadolint_finds_nothing():
    completed = subprocess.run(
        [Path(sys.executable).parent / "hadolint", "Dockerfile"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout == ""


def test_two_stages_from_python_3_11_slim_share_one_virtualenv():
    build, final = dockerfile_stages()

    assert build[0] == ("FROM", "python:3.11-slim AS build")
    assert final[0] == ("FROM", "python:3.11-slim")
    assert ("COPY", "--from=build /opt/venv /opt/venv") in final


def test_static_files_are_collected_at_build_time_with_a_throw_away_key():
    build, final = dockerfile_stages()
    [collect] = [args for name, args in build if "collectstatic" in args]

    assert "SECRET_KEY=" in collect
    assert "oc_lettings_site.settings.production" in collect
    for name, args in dockerfile_instructions():
        if name in {"ENV", "ARG"}:
            assert "SECRET_KEY" not in args


def test_the_web_process_is_gunicorn_run_by_an_unprivileged_user():
    final = dockerfile_stages()[-1]
    users = [args for name, args in final if name == "USER"]
    [cmd] = [args for name, args in final if name == "CMD"]

    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert (
        cmd == '["gunicorn", "--config", "gunicorn.conf.py", "oc_lettings_site.wsgi"]'
    )
    assert "runserver" not in (PROJECT_ROOT / "Dockerfile").read_text()
    # heroku.yml's web process is the same command.
    assert heroku_manifest()["run"]["web"] == " ".join(
        part.strip('" ') for part in cmd.strip("[]").split(",")
    )


def test_production_settings_and_the_commit_sha_are_in_the_image_environment():
    final = dockerfile_stages()[-1]
    environment = " ".join(args for name, args in final if name == "ENV")

    assert "DJANGO_SETTINGS_MODULE=oc_lettings_site.settings.production" in environment
    assert ("ARG", 'GIT_SHA=""') in final
    assert "SENTRY_RELEASE=$GIT_SHA" in environment


def test_secrets_local_data_and_tests_stay_out_of_the_build_context():
    ignored = set((PROJECT_ROOT / ".dockerignore").read_text().split("\n"))

    assert {".env", ".git", ".venv", "*.sqlite3", "media", "staticfiles"} <= ignored
    assert {"tests", "docs", ".circleci", "node_modules"} <= ignored
    # The demo app (1,250 lines of picture painting, a well-known admin password) is
    # installed by the dev and test settings only: the image does not carry it at all.
    assert "demo" in ignored
