"""`manage.py import_legacy_lettings PATH`: bring the legacy site's data over."""

from django.core.management.base import BaseCommand

from legacy.importer import import_legacy_data
from legacy.reader import read_legacy_database


class Command(BaseCommand):
    help = (
        "Import users with profiles, profiles, lettings (as published pages) and "
        "redirects from the legacy URLs, from a legacy OC Lettings SQLite database. "
        "Safe to run again: only what changed in the legacy data is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The legacy SQLite database, read-only.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would change, then roll back: nothing is written.",
        )

    def handle(self, *args, path, dry_run, verbosity, **options):
        summary = import_legacy_data(
            read_legacy_database(path), dry_run=dry_run, stream=self.stdout
        )
        self.stdout.write(summary.report(with_changes=dry_run or verbosity >= 2))
