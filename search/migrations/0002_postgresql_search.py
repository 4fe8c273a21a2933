"""PostgreSQL only: the full-text document column and the GIN indexes the search reads.

`document` is a generated column: each entry's title (weight A) and text (weight B) parsed
with its language's configuration (russian, english; simple for Kyrgyz, which has no stemmer).
Trigram indexes on title and text (pg_trgm) find Kyrgyz word forms and typos. On any other
database (SQLite in the quick start) this migration does nothing and the search falls back to
substring matching; the model does not declare the column, so both work with the same code.
"""

from django.db import migrations

DOCUMENT = """
    CASE language
        WHEN 'ru' THEN setweight(to_tsvector('russian'::regconfig, title), 'A')
            || setweight(to_tsvector('russian'::regconfig, body), 'B')
        WHEN 'en' THEN setweight(to_tsvector('english'::regconfig, title), 'A')
            || setweight(to_tsvector('english'::regconfig, body), 'B')
        ELSE setweight(to_tsvector('simple'::regconfig, title), 'A')
            || setweight(to_tsvector('simple'::regconfig, body), 'B')
    END
"""

FORWARD = [
    # A trusted extension since PostgreSQL 13: the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"ALTER TABLE search_searchentry ADD COLUMN document tsvector "
    f"GENERATED ALWAYS AS ({DOCUMENT}) STORED",
    "CREATE INDEX search_entry_document_gin ON search_searchentry USING gin (document)",
    "CREATE INDEX search_entry_title_trgm ON search_searchentry USING gin (title gin_trgm_ops)",
    "CREATE INDEX search_entry_body_trgm ON search_searchentry USING gin (body gin_trgm_ops)",
]

BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_body_trgm",
    "DROP INDEX IF EXISTS search_entry_title_trgm",
    "DROP INDEX IF EXISTS search_entry_document_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS document",
    # pg_trgm stays: another app may use it.
]


def _run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(_run_on_postgresql(FORWARD), _run_on_postgresql(BACKWARD)),
    ]
