"""Writing legacy rows into the Wagtail site, in one transaction.

Users (only those with a profile), their published profiles, the lettings as published
pages with their addresses, and a permanent redirect from each legacy letting URL.
Every object is matched to what an earlier run created, and saved only when a value
differs, so a second run changes nothing. What is new is checked row by row, then
written in bulk: a run costs about the same number of queries for 50 rows as for
10,000. Any bad row raises LegacyDataError, which rolls the whole import back.
"""

from django.db import transaction
from django.utils import timezone

from pagecache.generation import bump
from profiles.models import Profile

from .homes import LettingImport
from .members import MemberImport
from .publishing import index_in_bulk
from .summary import ImportSummary


def import_legacy_data(data, dry_run=False):
    """Import `data` (a reader.LegacyData); a dry run rolls everything back."""
    with transaction.atomic():
        summary = LegacyImporter(data, dry_run).run()
        if dry_run:
            transaction.set_rollback(True)
    return summary


class LegacyImporter:
    def __init__(self, data, dry_run):
        self.data = data
        self.summary = ImportSummary(data.schema.name, dry_run=dry_run)

    def run(self):
        now = timezone.now()
        new_profiles = MemberImport(self.data, self.summary, now).run()
        new_lettings = LettingImport(self.data, self.summary, now).run()
        # Bulk writes send no signals: index what is new, and make cached pages stale.
        index_in_bulk({Profile: new_profiles, **new_lettings})
        if self.summary.outcomes.changed_anything():
            bump()
        return self.summary
