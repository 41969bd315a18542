"""Writing legacy rows into the Wagtail site, in one transaction.

Users (only those with a profile), their published profiles, the lettings as published
pages with their addresses, and a permanent redirect from each legacy letting URL.
Every object is matched to what an earlier run created, and saved only when a value
differs, so a second run changes nothing. What is new is checked row by row, then
written in bulk: a run costs about the same number of queries for 50 rows as for
10,000. Any bad row raises LegacyDataError, which rolls the whole import back.
"""

from io import StringIO

from django.core.management.base import OutputWrapper
from django.db import transaction
from django.utils import timezone

from pagecache.generation import bump
from profiles.models import Profile

from .homes import LettingImport
from .members import MemberImport
from .progress import Progress
from .publishing import index_in_bulk
from .summary import ImportSummary


def import_legacy_data(data, dry_run=False, stream=None):
    """Import `data` (a reader.LegacyData); a dry run rolls everything back. A progress
    bar is drawn on `stream` (an OutputWrapper) when it is a terminal."""
    with transaction.atomic():
        summary = LegacyImporter(data, dry_run, stream).run()
        if dry_run:
            transaction.set_rollback(True)
    return summary


class LegacyImporter:
    def __init__(self, data, dry_run, stream=None):
        self.data = data
        self.summary = ImportSummary(data.schema.name, dry_run=dry_run)
        rows = len(data.profiles) + len(data.lettings)
        # Checking each row, then writing and indexing them, weigh about the same.
        steps = len(data.users) + 3 * rows
        self.progress = Progress(stream or OutputWrapper(StringIO()), steps)

    def run(self):
        now = timezone.now()
        new_profiles = MemberImport(self.data, self.summary, now, self.progress).run()
        new_lettings = LettingImport(self.data, self.summary, now, self.progress).run()
        # Bulk writes send no signals: index what is new, and make cached pages stale.
        index_in_bulk({Profile: new_profiles, **new_lettings})
        self.progress.advance(
            "indexing", len(self.data.profiles) + len(self.data.lettings)
        )
        self.progress.finish()
        if self.summary.outcomes.changed_anything():
            bump()
        return self.summary
