"""PostgreSQL only: planning a typo search takes a millisecond, not thirty.

The planner estimates a trigram condition by computing the similarity against every sample
value its statistics keep for the column (a hundred titles, a hundred 300-character
openings). Ten samples estimate well enough for the choice it makes: the trigram index.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE search_searchentry ALTER COLUMN title SET STATISTICS 10",
    "ALTER INDEX search_entry_lead_trgm ALTER COLUMN 1 SET STATISTICS 10",
    "ANALYZE search_searchentry",
]

BACKWARD = [
    "ALTER TABLE search_searchentry ALTER COLUMN title SET STATISTICS -1",
    "ALTER INDEX search_entry_lead_trgm ALTER COLUMN 1 SET STATISTICS -1",
]


def _run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0004_lead_trigram_index")]

    operations = [
        migrations.RunPython(_run_on_postgresql(FORWARD), _run_on_postgresql(BACKWARD)),
    ]
