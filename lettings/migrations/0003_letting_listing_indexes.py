"""Indexes for the lettings list (lettings/listing.py): its order, newest first, read
straight from an index on the page table instead of sorting every joined row.

The page table is Wagtail's, so its index is created here, in SQL: on PostgreSQL it also
holds what the list filters the page table by (path, depth, content type), for an
index-only scan of the ids and of their count. The city filter gets an index on
UPPER(city), which is what its case-insensitive match compares.
"""

import django.db.models.functions.text
from django.db import migrations, models

NEWEST_LIVE_PAGES = "lettings_page_live_newest"

CREATE = {
    "postgresql": (
        f"CREATE INDEX IF NOT EXISTS {NEWEST_LIVE_PAGES} ON wagtailcore_page "
        "(first_published_at DESC, id DESC) INCLUDE (path, depth, content_type_id) "
        "WHERE live"
    ),
    "sqlite": (
        f"CREATE INDEX IF NOT EXISTS {NEWEST_LIVE_PAGES} ON wagtailcore_page "
        "(first_published_at DESC, id DESC) WHERE live"
    ),
}


def create_index(apps, schema_editor):
    sql = CREATE.get(schema_editor.connection.vendor)
    if sql:
        schema_editor.execute(sql)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor in CREATE:
        schema_editor.execute(f"DROP INDEX IF EXISTS {NEWEST_LIVE_PAGES}")


class Migration(migrations.Migration):

    dependencies = [
        ("lettings", "0002_enquiry_settings"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
        migrations.AddIndex(
            model_name="address",
            index=models.Index(
                django.db.models.functions.text.Upper("city"),
                name="lettings_address_city_upper",
            ),
        ),
    ]
