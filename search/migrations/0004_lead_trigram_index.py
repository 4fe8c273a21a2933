"""PostgreSQL only: typos are looked for in titles and the first words of texts.

Trigram similarity to a misspelled word was checked over whole texts; for a word whose
trigrams are common, that meant thousands of twenty-thousand-word comparisons. The opening
of a text (the same 300 characters `rank_document` weighs) is where a result's subject is
named, and checking it costs a fraction: the whole-text trigram index goes.
"""

from django.db import migrations

LEAD_LENGTH = 300

FORWARD = [
    "CREATE INDEX search_entry_lead_trgm ON search_searchentry "
    f"USING gin ((left(body, {LEAD_LENGTH})) gin_trgm_ops)",
    "DROP INDEX IF EXISTS search_entry_body_trgm",
    "ANALYZE search_searchentry",
]

BACKWARD = [
    "CREATE INDEX IF NOT EXISTS search_entry_body_trgm ON search_searchentry "
    "USING gin (body gin_trgm_ops)",
    "DROP INDEX IF EXISTS search_entry_lead_trgm",
]


def _run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_bounded_ranking")]

    operations = [
        migrations.RunPython(_run_on_postgresql(FORWARD), _run_on_postgresql(BACKWARD)),
    ]
