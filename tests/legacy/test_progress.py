"""On a terminal the import draws a progress bar; elsewhere it prints the summary only."""

import os
import threading

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_a_terminal_sees_a_bar_that_reaches_100_percent(legacy_db):
    shown = output_on_a_terminal(
        lambda stream: call_command(
            "import_legacy_lettings", str(legacy_db), stdout=stream
        )
    )

    bars = [part for part in shown.split("\r") if part.startswith("[")]
    assert bars[-1].startswith("[" + "#" * 40 + "] 100% indexing")
    assert shown.rstrip().endswith("Skipped users without a profile: admin")


def test_elsewhere_only_the_summary_is_printed(legacy_db, run_import):
    output = run_import(legacy_db)

    assert "\r" not in output and "%" not in output
    assert output.startswith("Legacy schema: refactored\n")


def output_on_a_terminal(write):
    """What `write(stream)` shows on a pseudo-terminal, read as it is written."""
    controller, terminal = os.openpty()
    chunks = []
    reader = threading.Thread(target=read_until_closed, args=(controller, chunks))
    reader.start()
    with os.fdopen(terminal, "w") as stream:
        write(stream)
    reader.join(timeout=30)
    os.close(controller)
    return b"".join(chunks).decode()


def read_until_closed(descriptor, chunks):
    while True:
        try:
            chunk = os.read(descriptor, 65536)
        except OSError:  # EIO: the terminal side was closed
            return
        if not chunk:
            return
        chunks.append(chunk)
