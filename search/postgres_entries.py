"""Index entries for PostgreSQL written as plain SQL text, a batch per statement.

Wagtail's PostgreSQL index builds each entry's vectors as Django expressions
(SearchVector of a Value, per field, per object) and compiles them one by one: for a
bulk import of 30,000 objects that compiling was most of the import's time. Here the
same texts, weights and configurations (read by Wagtail's own ObjectIndexer) become the
same SQL, `setweight(to_tsvector(config, text), weight) || ...`, with the texts as
parameters.
"""

from modelsearch.backends.database.postgres import postgres
from modelsearch.index import AutocompleteField, SearchField

UPSERT = """
    INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body,
                         title_norm, title_text, body_text)
    VALUES {rows}
    ON CONFLICT (content_type_id, object_id)
    DO UPDATE SET title = EXCLUDED.title,
                  title_norm = 1.0,
                  autocomplete = EXCLUDED.autocomplete,
                  body = EXCLUDED.body,
                  title_text = EXCLUDED.title_text,
                  body_text = EXCLUDED.body_text
"""


def indexed_texts(indexer):
    """The object's title, body and autocomplete texts, each a list of (text, weight):
    what Wagtail's ObjectIndexer puts in each vector, read in one pass."""
    texts = {"title": [], "body": [], "autocomplete": []}
    for field in indexer.search_fields:
        for current, weight, value in indexer.prepare_field(indexer.obj, field):
            text = value.strip()
            if not text:
                continue
            if isinstance(current, AutocompleteField):
                texts["autocomplete"].append((text, weight))
            elif isinstance(current, SearchField):
                kind = "title" if current.field_name == "title" else "body"
                texts[kind].append((text, weight))
    return texts


def vector_sql(texts, config):
    """SQL and parameters of the vector of `texts`, as SearchVector compiles it."""
    if not texts:
        return "''::tsvector", []
    function = "to_tsvector(%s::regconfig, %s)" if config else "to_tsvector(%s)"
    pieces, params = [], []
    for text, weight in texts:
        pieces.append(f"setweight({function}, %s)")
        params += ([config] if config else []) + [text, weight]
    return " || ".join(pieces), params


def upsert_entries(index, content_type_pk, objs):
    """Insert or refresh the entries of `objs` in one statement."""
    rows, params = [], []
    for obj in objs:
        indexer = postgres.ObjectIndexer(obj, index.backend)
        texts = indexed_texts(indexer)
        title, title_params = vector_sql(texts["title"], indexer.config)
        autocomplete, autocomplete_params = vector_sql(
            texts["autocomplete"], indexer.autocomplete_config
        )
        body, body_params = vector_sql(texts["body"], indexer.config)
        rows.append(f"(%s, %s, {title}, {autocomplete}, {body}, 1.0, %s, %s)")
        params += [content_type_pk, indexer.id]
        params += title_params + autocomplete_params + body_params
        params += [
            " ".join(text for text, _ in texts[kind]) for kind in ("title", "body")
        ]
    table = postgres.IndexEntry._meta.db_table
    with index.write_connection.cursor() as cursor:
        cursor.execute(UPSERT.format(table=table, rows=", ".join(rows)), params)
