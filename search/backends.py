"""The site's search backend: Wagtail's database backend, whose PostgreSQL index refreshes
its title norms in bulk instead of on every save.

A title's norm (the average title length over the length of this title) lets short
titles that match rank a little above long ones. Wagtail's PostgreSQL index recomputes
the average over the whole index after every single save: two scans of the index table
per publish, growing with the catalogue. Here a save leaves its entry at the neutral norm
1.0 (no boost, no penalty); `manage.py refresh_title_norms` (Heroku Scheduler, every
10 minutes, and after a bulk import) and `update_index` give them their norm in bulk.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres import postgres


class PostgresIndex(postgres.PostgresIndex):
    def _refresh_title_norms(self, full=False):
        # Wagtail calls this with full=False after every save, and with full=True once
        # at the end of `update_index`: only the latter is kept.
        if full:
            super()._refresh_title_norms(full=True)

    def refresh_title_norms(self):
        """Give every entry saved since the last refresh its norm."""
        super()._refresh_title_norms(full=False)


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    index_class = PostgresIndex


# Wagtail looks up a function of this name in the module named by BACKEND.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        return PostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
