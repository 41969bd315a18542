"""A GIN index on what PostgreSQL's search matches: the title and body vectors joined.

Wagtail's PostgreSQL backend filters `(title || body) @@ query`; its own GIN indexes are
on title and body apart, which that expression cannot use, so every search read all the
index entries. This index is on the expression itself. SQLite searches its FTS5 table.
"""

from django.db import migrations

TITLE_AND_BODY = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {TITLE_AND_BODY} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {TITLE_AND_BODY}")


class Migration(migrations.Migration):

    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
