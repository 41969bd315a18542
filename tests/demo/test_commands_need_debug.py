"""The demo app's commands refuse to run with DEBUG off, and write nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Page

WRITTEN_BY_THE_COMMANDS = [Page, get_image_model(), get_user_model()]


def counts():
    return [model.objects.count() for model in WRITTEN_BY_THE_COMMANDS]


@pytest.mark.parametrize("command", ["load_demo_content", "ensure_local_admin"])
def test_it_refuses_to_run_without_debug(db, media_root, command):
    before = counts()
    with override_settings(DEBUG=False):
        with pytest.raises(CommandError, match=f"^{command} only runs with DEBUG on: "):
            call_command(command)
    assert counts() == before
