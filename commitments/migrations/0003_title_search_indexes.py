"""Trigram indexes for the list's text box, on PostgreSQL when the pg_trgm extension is allowed.

The text filter matches titles with icontains, which PostgreSQL compiles to
UPPER(column::text) LIKE UPPER(%s); a GIN trigram index on that same expression serves it.
Elsewhere (SQLite for a quick start) or where the database role may not create the extension,
the migration does nothing: the filter still works, only without an index.
"""

from django.db import migrations, transaction
from django.db.utils import DatabaseError

COLUMNS = ["title_ru", "title_ky", "title_en"]
TABLE = "commitments_commitment"


def index_name(column):
    return f"commitment_{column}_trgm"


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:
        return
    for column in COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{index_name(column)}" ON "{TABLE}" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{index_name(column)}"')


class Migration(migrations.Migration):
    dependencies = [("commitments", "0002_partners_progress_indexes")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
