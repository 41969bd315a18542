"""The base of the demo app's commands: they refuse to run with DEBUG off."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class DevelopmentOnlyCommand(BaseCommand):
    """A command for a developer's machine. `refusal` says why production must never
    run it; the guard sits in `execute`, so it holds however the command is called."""

    refusal = "it is meant for a developer's machine only."

    def execute(self, *args, **options):
        if not settings.DEBUG:
            name = type(self).__module__.rpartition(".")[2]
            raise CommandError(f"{name} only runs with DEBUG on: {self.refusal}")
        return super().execute(*args, **options)
