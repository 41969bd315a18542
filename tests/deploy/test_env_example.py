"""Configuration: the settings read the environment only through django-environ, and
.env.example lists every variable they read, each with a comment."""

import ast
import re

from .production_process import PROJECT_ROOT

READERS = [
    *sorted((PROJECT_ROOT / "oc_lettings_site" / "settings").glob("*.py")),
    PROJECT_ROOT / "gunicorn.conf.py",
]


def variables_read(path):
    """Names passed to `env(...)`, `env.bool(...)`, `env.db(...)` and the like."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        reads_env = (isinstance(func, ast.Name) and func.id == "env") or (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "env"
        )
        if reads_env and isinstance(node.args[0], ast.Constant):
            names.add(node.args[0].value)
    return names


VARIABLE_LINE = re.compile(r"# ([A-Z][A-Z0-9_]*)=")


def documented_variables():
    """Each `# NAME=...` line of .env.example, mapped to the prose comment just above
    it (shared by consecutive variables), or None when there is none."""
    described = {}
    description = None
    for line in (PROJECT_ROOT / ".env.example").read_text().splitlines():
        if match := VARIABLE_LINE.match(line):
            described[match.group(1)] = description
        elif line.startswith("# ") and not line.startswith("# ---"):
            description = line
        else:
            description = None
    return described


def test_every_variable_the_settings_read_is_in_env_example():
    read = set().union(*(variables_read(path) for path in READERS))
    documented = documented_variables()

    assert read, "the AST walk found no env(...) call"
    assert read - set(documented) == set()


def test_every_listed_variable_has_a_comment():
    for name, description in documented_variables().items():
        assert description, name


def test_settings_never_read_os_environ_directly():
    for path in READERS:
        text = path.read_text()
        assert "os.environ" not in text and "getenv" not in text, path.name
