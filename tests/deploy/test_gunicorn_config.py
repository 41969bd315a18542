"""gunicorn.conf.py: bound to $PORT on every interface, sized by WEB_CONCURRENCY, logs on
stdout, and only settings gunicorn knows."""

import importlib.util
from types import ModuleType

from gunicorn.config import KNOWN_SETTINGS

from .production_process import PROJECT_ROOT


def load_gunicorn_config(monkeypatch, **variables):
    for name in ("PORT", "WEB_CONCURRENCY", "WEB_THREADS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location(
        "gunicorn_conf", PROJECT_ROOT / "gunicorn.conf.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_binds_the_port_heroku_gives_and_sizes_workers_from_web_concurrency(
    monkeypatch,
):
    config = load_gunicorn_config(monkeypatch, PORT="31337", WEB_CONCURRENCY="5")

    assert config.bind == "0.0.0.0:31337"
    assert config.workers == 5


def test_defaults_fit_a_small_dyno(monkeypatch):
    config = load_gunicorn_config(monkeypatch)

    assert config.bind == "0.0.0.0:8000"
    assert config.workers == 2
    # Under Heroku's 30 s router timeout, so a hung request is logged by gunicorn.
    assert config.timeout < 30


def test_logs_go_to_stdout_and_stderr(monkeypatch):
    config = load_gunicorn_config(monkeypatch)

    assert config.accesslog == "-"
    assert config.errorlog == "-"


def test_every_name_is_a_gunicorn_setting(monkeypatch):
    config = load_gunicorn_config(monkeypatch)
    known = {setting.name for setting in KNOWN_SETTINGS}
    names = {
        name
        for name, value in vars(config).items()
        if not name.startswith("_")
        and not callable(value)
        and not isinstance(value, ModuleType)
    }

    assert names <= known, names - known


def test_slow_clients_hold_a_thread_not_a_worker(monkeypatch):
    config = load_gunicorn_config(monkeypatch, WEB_THREADS="6")

    assert config.worker_class == "gthread"
    assert config.threads == 6
    assert load_gunicorn_config(monkeypatch).threads == 4


def test_workers_are_forked_from_a_loaded_app_and_recycled_apart(monkeypatch):
    config = load_gunicorn_config(monkeypatch)

    assert config.preload_app is True
    assert config.max_requests_jitter >= config.max_requests // 2
