"""Readers for the deployment files the tests check (YAML, JSON, Dockerfile)."""

import json
import re

import yaml

from .production_process import PROJECT_ROOT


def circleci_config():
    return yaml.safe_load((PROJECT_ROOT / ".circleci" / "config.yml").read_text())


def heroku_manifest():
    return yaml.safe_load((PROJECT_ROOT / "heroku.yml").read_text())


def heroku_app_json():
    return json.loads((PROJECT_ROOT / "app.json").read_text())


def heroku_release_command():
    return heroku_manifest()["release"]["command"][0]


def dockerfile_instructions():
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    text = (PROJECT_ROOT / "Dockerfile").read_text()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1].strip())
        for line in joined.splitlines()
        if line.strip()
    ]


def dockerfile_stages():
    """The instructions of each stage, in order, each list starting with its FROM."""
    stages = []
    for instruction in dockerfile_instructions():
        if instruction[0] == "FROM":
            stages.append([])
        stages[-1].append(instruction)
    return stages


def run_commands(job):
    """The shell commands of a job's `run` steps, including those under `when`."""
    commands = []
    for step in job["steps"]:
        if isinstance(step, dict) and "run" in step:
            run = step["run"]
            commands.append(run["command"] if isinstance(run, dict) else run)
        elif isinstance(step, dict) and "when" in step:
            commands.extend(run_commands(step["when"]))
    return commands
