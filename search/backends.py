"""The site's search backend: Wagtail's database backend, whose PostgreSQL index refreshes
its title norms in bulk instead of on every save.

A title's norm (the average title length over the length of this title) lets short
titles that match rank a little above long ones. Wagtail's PostgreSQL index recomputes
the average over the whole index after every single save: two scans of the index table
per publish, growing with the catalogue. Here a save leaves its entry at the neutral norm
1.0 (no boost, no penalty); `manage.py refresh_title_norms` (Heroku Scheduler, every
10 minutes, and after a bulk import) and `update_index` give them their norm in bulk.
Entries are written as plain SQL (search.postgres_entries), fast enough for a bulk import.

Suggestions rank a bounded set of candidates (CappedAutocompleteQueryCompiler).

On SQLite, search.sqlite ranks only the page shown.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres import postgres
from modelsearch.utils import get_content_type_pk

from .limits import SUGGESTION_CANDIDATES
from .postgres_entries import upsert_entries


class PostgresIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        if model.get_search_fields() and objs:
            upsert_entries(self, get_content_type_pk(model), objs)

    def _refresh_title_norms(self, full=False):
        # Wagtail calls this with full=False after every save, and with full=True once
        # at the end of `update_index`: only the latter is kept.
        if full:
            super()._refresh_title_norms(full=True)

    def refresh_title_norms(self):
        """Give every entry saved since the last refresh its norm."""
        super()._refresh_title_norms(full=False)


class CappedAutocompleteQueryCompiler(postgres.PostgresAutocompleteQueryCompiler):
    """Suggestions ranked among a bounded set of candidates.

    A short prefix ("be") matches nearly every letting: ranking them all to show five
    grew with the catalogue. The first SUGGESTION_CANDIDATES visible matches (found
    through the GIN index on the autocomplete vector) are ranked, and only those. With
    more matches than that, the five shown are the best of those candidates, not
    necessarily of all: as the visitor types on, the matches narrow below the cap.
    """

    def search(self, config, start, stop, score_field=None, backend=None):
        if isinstance(self.query, postgres.MatchAll | postgres.Not):
            return super().search(config, start, stop, score_field, backend)
        search_query = self.build_tsquery(self.query, config=config)
        # The visible objects (the queryset's own filters) that match, unranked and
        # narrow (ids only): PostgreSQL stops at the cap.
        candidates = (
            self.queryset.order_by()
            .filter(index_entries__autocomplete=search_query)
            .values("pk")[:SUGGESTION_CANDIDATES]
        )
        self.queryset = self.queryset.filter(pk__in=candidates)
        return super().search(config, start, stop, score_field, backend)


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    autocomplete_query_compiler_class = CappedAutocompleteQueryCompiler


# Wagtail looks up a function of this name in the module named by BACKEND.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        return PostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if backend.__class__.__name__ == "SQLiteSearchBackend":
        # Imported here: its full-text model exists only on SQLite with FTS5.
        from .sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    return backend
