"""Heroku: the release phase checks and migrates, app.json documents the add-ons and
config vars, and no step ever creates an administrator."""

from .pipeline_files import heroku_app_json, heroku_manifest, heroku_release_command
from .production_process import PROJECT_ROOT


def test_the_release_phase_runs_check_deploy_then_migrate_from_the_web_image():
    manifest = heroku_manifest()

    assert manifest["build"]["docker"] == {"web": "Dockerfile"}
    assert manifest["release"]["image"] == "web"
    assert heroku_release_command() == (
        "python manage.py check --deploy --fail-level WARNING"
        " && python manage.py migrate --noinput"
    )


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
    ]
    for name in deployment_files:
        text = (PROJECT_ROOT / name).read_text()
        assert "createsuperuser" not in text, name
        assert "ensure_local_admin" not in text, name
        assert "loaddata" not in text, name
