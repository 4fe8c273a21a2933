"""PostgreSQL only: what keeps a search for a common word fast on a large index.

A word found in half the index (twenty thousand transcript passages) used to be ranked by
reading every matching row's whole `document`, kept out of line (TOAST) for long texts. Now:

- `rank_document`, a small generated tsvector of the title (weight A) and the first words of
  the text (weight B), stored in the row itself: results are ranked by it, so a title match
  ranks above a match in the opening words, which ranks above one further down the text. Its
  GIN index finds title and opening matches of any kind at once.
- The full-text index on `document` split by kind and language: the search reads at most a
  thousand and one matches of each kind, which tells whether there are more than a thousand,
  without visiting the rest. One index over everything would hand each kind's scan the
  matches of every kind.
"""

from django.db import migrations

# Frozen here as they were when this migration was written: a later kind or language needs
# its own index in a new migration (the plan test checks every pair has one).
KINDS = (
    "commitment",
    "milestone",
    "meeting",
    "transcript",
    "report",
    "coalition_member",
    "organization",
    "person",
    "page",
)
LANGUAGES = ("ru", "ky", "en")
LEAD_LENGTH = 300

RANK_DOCUMENT = f"""
    CASE language
        WHEN 'ru' THEN setweight(to_tsvector('russian'::regconfig, title), 'A')
            || setweight(to_tsvector('russian'::regconfig, left(body, {LEAD_LENGTH})), 'B')
        WHEN 'en' THEN setweight(to_tsvector('english'::regconfig, title), 'A')
            || setweight(to_tsvector('english'::regconfig, left(body, {LEAD_LENGTH})), 'B')
        ELSE setweight(to_tsvector('simple'::regconfig, title), 'A')
            || setweight(to_tsvector('simple'::regconfig, left(body, {LEAD_LENGTH})), 'B')
    END
"""


def document_index(kind, language):
    return f"search_doc_{kind}_{language}"


FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN rank_document tsvector "
    f"GENERATED ALWAYS AS ({RANK_DOCUMENT}) STORED",
    "CREATE INDEX search_entry_rank_gin ON search_searchentry USING gin (rank_document)",
    *(
        f"CREATE INDEX {document_index(kind, language)} ON search_searchentry "
        f"USING gin (document) WHERE kind = '{kind}' AND language = '{language}'"
        for kind in KINDS
        for language in LANGUAGES
    ),
    "DROP INDEX IF EXISTS search_entry_document_gin",
    "ANALYZE search_searchentry",
]

BACKWARD = [
    "CREATE INDEX IF NOT EXISTS search_entry_document_gin ON search_searchentry "
    "USING gin (document)",
    *(
        f"DROP INDEX IF EXISTS {document_index(kind, language)}"
        for kind in KINDS
        for language in LANGUAGES
    ),
    "DROP INDEX IF EXISTS search_entry_rank_gin",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS rank_document",
]


def _run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgresql_search")]

    operations = [
        migrations.RunPython(_run_on_postgresql(FORWARD), _run_on_postgresql(BACKWARD)),
    ]
