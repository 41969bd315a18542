"""The CircleCI pipeline: valid against CircleCI's schema, and a workflow graph that
lints and tests everything, builds one image, and deploys it from main only."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from .pipeline_files import (
    circleci_config,
    heroku_release_command,
    run_commands,
)
from .production_process import PROJECT_ROOT

PROJECT_VARIABLES = {
    "DOCKER_USERNAME",
    "DOCKER_PASSWORD",
    "IMAGE_REPO",
    "HEROKU_API_KEY",
    "HEROKU_APP_NAME",
    "SENTRY_DSN",
}


@pytest.fixture(scope="module")
def config():
    return circleci_config()


@pytest.fixture(scope="module")
def workflow(config):
    [workflow] = config["workflows"].values()
    return {
        name: options or {}
        for entry in workflow["jobs"]
        for name, options in (
            entry.items() if isinstance(entry, dict) else [(entry, None)]
        )
    }


def test_validates_against_circlecis_schema_offline():
    completed = subprocess.run(
        [
            Path(sys.executable).parent / "check-jsonschema",
            "--builtin-schema",
            "vendor.circle-ci",
            ".circleci/config.yml",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "ok -- validation done" in completed.stdout


def test_uses_config_version_2_1(config):
    assert config["version"] == 2.1


def test_every_job_the_workflow_names_is_defined(config, workflow):
    assert set(workflow) == {"lint", "test", "build-and-push", "deploy"}
    assert set(workflow) <= set(config["jobs"])
    for options in workflow.values():
        assert set(options.get("requires", [])) <= set(workflow)


def test_the_image_is_built_only_after_lint_and_test(workflow):
    assert set(workflow["build-and-push"]["requires"]) == {"lint", "test"}
    assert "filters" not in workflow["build-and-push"]


def test_deploy_runs_on_main_only_after_lint_test_and_build(workflow):
    deploy = workflow["deploy"]

    assert set(deploy["requires"]) == {"lint", "test", "build-and-push"}
    assert deploy["filters"] == {"branches": {"only": "main"}}


def test_lint_runs_black_check_and_ruff(config):
    assert "make lint" in run_commands(config["jobs"]["lint"])
    makefile = (PROJECT_ROOT / "Makefile").read_text()
    lint_recipe = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "black --check" in lint_recipe
    assert "ruff check" in lint_recipe


def test_lint_audits_the_locked_dependencies_online(config):
    [audit] = [c for c in run_commands(config["jobs"]["lint"]) if "pip-audit" in c]

    assert "--require-hashes" in audit
    assert "--requirement requirements-dev.lock" in audit
    # The advisory database is online: .ci/run, which has no internet, never audits.
    assert "pip-audit" not in (PROJECT_ROOT / ".ci" / "run").read_text()


def test_test_job_runs_the_readme_command_against_postgresql(config):
    job = config["jobs"]["test"]
    [primary, service] = job["docker"]

    assert "make test" in run_commands(job)
    assert service["image"].startswith("postgres:")
    assert primary["environment"]["DATABASE_URL"].startswith(
        "postgres://postgres@localhost:5432/"
    )
    packages = job["steps"][0]["debian-packages"]["packages"].split()
    # The browser and, for the accessibility audits' axe-core, npm: Debian's, no download.
    assert {"chromium", "nodejs", "npm"} <= set(packages)


def test_test_job_keeps_junit_results_and_the_coverage_report(config):
    steps = config["jobs"]["test"]["steps"]
    stored_results = [
        s["store_test_results"]["path"] for s in steps if "store_test_results" in s
    ]
    stored_artifacts = [
        s["store_artifacts"]["path"] for s in steps if "store_artifacts" in s
    ]

    assert stored_results == ["test-results"]
    assert "coverage.xml" in stored_artifacts
    # CircleCI sets CI=true in every job: make test then measures coverage too.
    assert "--junitxml=test-results/junit.xml" in pytest_command(CI="true")
    assert "--cov-report=xml" in pytest_command(CI="true")


def test_coverage_is_measured_only_where_ci_is_true():
    assert "--cov" not in pytest_command(CI="")
    assert "--cov" in pytest_command(CI="true")


def pytest_command(**variables):
    """The pytest line `make test` would run with `variables` (make -n runs nothing)."""
    plan = subprocess.run(
        ["make", "-n", "test", *(f"{k}={v}" for k, v in variables.items())],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    [command] = [line for line in plan.splitlines() if "/pytest " in line]
    return command


def test_one_image_is_built_tagged_with_the_commit_and_latest_only_on_main(config):
    job = config["jobs"]["build-and-push"]
    commands = "\n".join(run_commands(job))
    [when] = [step["when"] for step in job["steps"] if "when" in step]

    assert commands.count("docker build") == 1
    assert '--build-arg GIT_SHA="$CIRCLE_SHA1"' in commands
    assert 'docker push "$IMAGE_REPO:$CIRCLE_SHA1"' in commands
    assert when["condition"] == {"equal": ["main", "<< pipeline.git.branch >>"]}
    assert 'docker push "$IMAGE_REPO:latest"' in "\n".join(run_commands(when))


def test_deploy_releases_the_pushed_image_with_herokus_release_command(config):
    job = config["jobs"]["deploy"]
    commands = "\n".join(run_commands(job))

    assert "checkout" not in job["steps"]
    assert 'docker pull "$IMAGE_REPO:$CIRCLE_SHA1"' in commands
    assert 'docker tag "$IMAGE_REPO:$CIRCLE_SHA1" "$registry/web"' in commands
    assert "/formation" in commands
    assert job["environment"]["RELEASE_COMMAND"] == heroku_release_command()


def test_secrets_come_only_from_the_project_variables(config):
    for name, job in config["jobs"].items():
        environment = set(job.get("environment", {}))
        for primary in job.get("docker", [])[:1]:
            environment |= set(primary.get("environment", {}))
        for command in run_commands(job):
            used = set(re.findall(r"\$\{?([A-Z][A-Z0-9_]*)", command))
            outside = {v for v in used - environment if not v.startswith("CIRCLE_")}
            assert outside <= PROJECT_VARIABLES, (name, outside)
        for key, value in job.get("environment", {}).items():
            assert not re.search(r"KEY|PASSWORD|TOKEN|DSN", key), (name, key, value)
