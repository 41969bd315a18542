"""Production runs background tasks in a worker process: its settings queue them in the
database, and Heroku gets a `worker` process with the same command everywhere."""

from .pipeline_files import (
    circleci_config,
    heroku_app_json,
    heroku_manifest,
    run_commands,
)
from .production_process import run_manage, run_script

WORKER_COMMAND = "python manage.py db_worker"


def test_production_queues_tasks_in_the_database():
    backends = run_script(
        "import json\nfrom django.conf import settings\n"
        "print(json.dumps({a: b['BACKEND'] for a, b in settings.TASKS.items()}))"
    )

    assert backends == {"default": "django_tasks_db.DatabaseBackend"}


def test_heroku_runs_the_worker_from_the_web_image():
    worker = heroku_manifest()["run"]["worker"]

    assert worker == {"command": [WORKER_COMMAND], "image": "web"}
    assert heroku_app_json()["formation"]["worker"]["quantity"] == 1


def test_circleci_deploys_the_worker_with_herokus_command():
    deploy = circleci_config()["jobs"]["deploy"]
    commands = "\n".join(run_commands(deploy))

    assert deploy["environment"]["WORKER_COMMAND"] == WORKER_COMMAND
    assert 'docker push "$registry/worker"' in commands
    assert '{type: "worker", docker_image: $worker}' in commands


def test_the_worker_command_starts_with_production_settings():
    completed = run_manage("db_worker", "--help")

    assert completed.returncode == 0, completed.stderr
    assert "--batch" in completed.stdout
