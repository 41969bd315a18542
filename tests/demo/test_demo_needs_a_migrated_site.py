"""`load_demo_content` explains what to do when the site skeleton is missing."""

import pytest
from django.core.management import CommandError, call_command

from lettings.models import LettingIndexPage


def test_it_asks_for_migrate_when_the_lettings_section_is_missing(db, debug):
    LettingIndexPage.objects.get().delete()
    with pytest.raises(CommandError, match="run `python manage.py migrate` first"):
        call_command("load_demo_content")
