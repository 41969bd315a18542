"""The SQLite search backend (`make run`'s database), fast at 10,000 lettings.

Wagtail's SQLite backend ranks every visible result with a correlated subquery that runs
the FTS5 MATCH again for each row, and SQLite's planner joins the index entries to the
full-text table backwards (every entry of the model, a MATCH per entry): at 10,000
lettings a search took 4.5 s and a suggestion 47 s. Here every query reads the
full-text table with one MATCH, and never joins it:

- what matches is the list of rowids of one MATCH, made once;
- the page shown is ranked in one pass over the visible matches, by Wagtail's own
  score (bm25(), weighted by the title norm) and tie-break (newest first), cut to the
  page; only the page's rows get their score again, to put them in that order;
- counting ranks nothing;
- suggestions rank at most SUGGESTION_CANDIDATES visible matches, as on PostgreSQL.
"""

from django.db.models import (
    CharField,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Subquery,
)
from django.db.models.functions import Cast, Coalesce
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

from .limits import SUGGESTION_CANDIDATES

IndexEntry = sqlite.IndexEntry
FullTextEntry = sqlite.SQLiteFTSIndexEntry


def entry_value(field):
    """`field` of the index entry of a full-text row, looked up by its rowid."""
    return Subquery(
        IndexEntry.objects.filter(id=OuterRef("index_entry_id")).values(field)[:1]
    )


class RankedPageCompilerMixin:
    """Search through one MATCH: matches unranked, the page shown ranked by bm25()."""

    def is_plain_match(self, score_field):
        # Negated queries and caller-named scores keep Wagtail's own path; the site
        # sends neither (its terms are words, joined by "and").
        query = normalize(self.query)
        return score_field is None and not isinstance(query, MatchAll | Not)

    def full_text_matches(self, config):
        query = self.build_search_query(normalize(self.query), config=config)
        return FullTextEntry.objects.filter(
            MatchExpression(self.fields or self.FTS_TABLE_FIELDS, query)
        )

    def entries(self):
        return IndexEntry.objects.filter(
            content_type__in=get_descendants_content_types_pks(self.queryset.model)
        )

    def matching(self, config):
        """The queryset's objects that match, in the queryset's own order."""
        rowids = self.full_text_matches(config).values("index_entry_id")
        object_ids = self.entries().filter(id__in=rowids).values("object_id")
        return self.queryset.filter(pk__in=object_ids)

    def visible_entries(self):
        return self.entries().filter(
            object_id__in=self.queryset.order_by().values("pk")
        )

    def candidates(self, config):
        """The full-text rows to rank: those of the queryset's objects that match."""
        # "rowid + 0": given a bare rowid constraint, FTS5 runs the MATCH once per rowid.
        return (
            self.full_text_matches(config)
            .alias(entry_id=F("index_entry_id") + 0)
            .filter(entry_id__in=self.visible_entries().values("id"))
        )

    def ranked(self, config, start, stop):
        """The objects from `start` to `stop` by relevance, best first."""
        score = self._build_rank_expression(self.get_search_vectors(), config)
        page_rowids = (
            self.candidates(config)
            .annotate(score=score, object_pk=entry_value("object_id"))
            .order_by("score", Cast("object_pk", IntegerField()).desc())
            .values("index_entry_id")[start:stop]
        )
        page_ids = IndexEntry.objects.filter(id__in=page_rowids).values("object_id")
        # The page's rows get their score again, each from its own entry (the object
        # id compared as text, so that the entries' unique index finds it).
        own_rowid = self.entries().filter(
            object_id=Cast(OuterRef(OuterRef("pk")), CharField())
        )
        own_score = (
            self.full_text_matches(config)
            .filter(index_entry_id=Subquery(own_rowid.values("id")[:1]))
            .annotate(score=score)
            .values("score")[:1]
        )
        return (
            self.queryset.filter(pk__in=page_ids)
            .annotate(_score=Subquery(own_score, output_field=FloatField()))
            .order_by("_score", "-pk")
        )

    def search(self, config, start, stop, score_field=None):
        if not self.is_plain_match(score_field):
            return super().search(config, start, stop, score_field)
        if self.order_by_relevance:
            return self.ranked(config, start, stop)
        matching = self.matching(config)
        if not matching.query.order_by:
            # Stable pages, as Wagtail's backend orders unranked results.
            matching = matching.order_by("-pk")
        return matching[start:stop]


class SearchQueryCompiler(RankedPageCompilerMixin, sqlite.SQLiteSearchQueryCompiler):
    def get_index_vectors(self):
        # Wagtail's vectors (title weighted by its norm, then the body), the norm read
        # by rowid: the text itself plays no part in SQLite's bm25().
        return [(None, entry_value("title_norm")), (None, 1.0)]


class AutocompleteQueryCompiler(
    RankedPageCompilerMixin, sqlite.SQLiteAutocompleteQueryCompiler
):
    """Suggestions ranked among the first SUGGESTION_CANDIDATES visible matches: with
    more matches than that, the ones shown are the best of those, not necessarily of
    all; as the visitor types on, the matches narrow below the cap."""

    def get_index_vectors(self):
        return [(None, 1.0)]

    def candidates(self, config):
        rowids = self.full_text_matches(config).values("index_entry_id")
        by_rowid = (
            self.visible_entries().filter(id__in=rowids).order_by("id").values("id")
        )
        # The first candidates by rowid, through a bound on it, which FTS5 applies
        # while reading the matches.
        last_candidate = Coalesce(
            Subquery(by_rowid[SUGGESTION_CANDIDATES - 1 : SUGGESTION_CANDIDATES]),
            Subquery(by_rowid.reverse()[:1]),
        )
        return super().candidates(config).filter(index_entry_id__lte=last_candidate)


class SearchResults(sqlite.SQLiteSearchResults):
    def _do_count(self):
        compiler = self.query_compiler
        if not compiler.is_plain_match(self._score_field):
            return super()._do_count()
        config = compiler.get_config(self.backend)
        return compiler.matching(config)[self.start : self.stop].count()


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
