"""The lettings list's newest-first index, as the list asks for it on PostgreSQL.

The list sorts `first_published_at DESC NULLS LAST` (lettings/filters.py), and
PostgreSQL's DESC index puts NULLs first: it could not serve that order, so every
request sorted all the lettings. SQLite puts NULLs last in a DESC index already; its
index is left as it is. `expire_at` joins the included columns, so the visibility rule
is read from the index too.
"""

from django.db import migrations

OLD = "lettings_page_live_newest"
NEW = "lettings_page_live_newest_nulls_last"

CREATE_NEW = (
    f"CREATE INDEX IF NOT EXISTS {NEW} ON wagtailcore_page "
    "(first_published_at DESC NULLS LAST, id DESC) "
    "INCLUDE (path, depth, content_type_id, expire_at) WHERE live"
)
CREATE_OLD = (
    f"CREATE INDEX IF NOT EXISTS {OLD} ON wagtailcore_page "
    "(first_published_at DESC, id DESC) INCLUDE (path, depth, content_type_id) "
    "WHERE live"
)


def replace_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_NEW)
        schema_editor.execute(f"DROP INDEX IF EXISTS {OLD}")


def restore_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_OLD)
        schema_editor.execute(f"DROP INDEX IF EXISTS {NEW}")


class Migration(migrations.Migration):

    dependencies = [("lettings", "0005_letting_enquiry_email")]

    operations = [migrations.RunPython(replace_index, restore_index)]
