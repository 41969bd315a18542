"""An import costs about the same number of queries for 50 rows as for 500: new rows
are written in bulk and existing ones found by dict, never a query per row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lettings.models import LettingPage

from .builder import build_legacy_database, generated_rows

pytestmark = pytest.mark.django_db

# Django binds at most 999 values per statement on SQLite: more rows add batches of
# inserts (25 to 100 rows each, for ten tables), about one query per six rows there
# and fewer on PostgreSQL. The row-by-row import cost 123 queries per row.
MORE_ROWS = 450
QUERIES_FOR_MORE_ROWS = MORE_ROWS // 5


def queries_of_import(run_import, path):
    with CaptureQueriesContext(connection) as queries:
        run_import(path)
    return len(queries)


def legacy_database(tmp_path, count, first_id):
    path = tmp_path / f"legacy-{count}.sqlite3"
    return build_legacy_database(path, generated_rows(count, first_id))


def test_a_first_import_does_not_cost_a_query_per_row(tmp_path, run_import):
    few = queries_of_import(run_import, legacy_database(tmp_path, 50, 1))
    many = queries_of_import(
        run_import, legacy_database(tmp_path, 50 + MORE_ROWS, 1001)
    )

    assert LettingPage.objects.live().count() == 100 + MORE_ROWS
    assert many - few <= QUERIES_FOR_MORE_ROWS


def test_a_second_import_costs_the_same_for_50_rows_as_for_500(tmp_path, run_import):
    few_rows = legacy_database(tmp_path, 50, 1)
    many_rows = legacy_database(tmp_path, 50 + MORE_ROWS, 1001)
    run_import(few_rows)
    run_import(many_rows)

    # Only the look-ups, in chunks of 900 keys: one chunk either way.
    assert queries_of_import(run_import, many_rows) == queries_of_import(
        run_import, few_rows
    )
