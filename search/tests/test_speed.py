"""Speed: on a corpus the size of a busy portal the search answers through its GIN indexes.

The corpus: ten thousand commitments and a thousand transcripts (a summary and ten turns
each), in three languages, written from real action-plan vocabulary: 63,000 index rows. The
plans are read with EXPLAIN (FORMAT JSON) after ANALYZE, with the planner's default settings
(no enable_seqscan=off): it chooses the indexes by itself. How fast the answers come is the
benchmark's job (search.benchmark.run), not a timed test.
"""

import pytest
from django.db import connection

from .. import benchmark
from ..models import (
    GIN_INDEXES,
    LEAD_TRIGRAM_INDEX,
    RANK_INDEX,
    TITLE_TRIGRAM_INDEX,
    Kind,
    SearchEntry,
    document_index,
)

pytestmark = pytest.mark.django_db

QUERIES = [
    ("ru", "открытых данных"),
    ("ru", "государственных закупок Ошской области"),
    ("en", "beneficial ownership"),
    ("ky", "ачык маалыматтарды"),
    ("ky", "шайлоону каржылоо"),
]
# Typos: the words are rare in the index, so the trigram indexes are asked too.
TYPOS = [
    ("ru", "коррупцыи"),
    ("ru", "прозрачнасть финансирования"),
    ("en", "transparancy of electons"),
]
TABLE = SearchEntry._meta.db_table


def test_search_over_a_large_corpus_answers_through_the_gin_indexes():
    rows = benchmark.generate_corpus(commitments=10_000, transcripts=1_000, turns=10)
    assert rows == 3 * (10_000 + 1_000 * 11)
    assert SearchEntry.objects.filter(object_id__gte=benchmark.FIRST_GENERATED_ID).count() == rows

    for language, query in QUERIES + TYPOS:
        plans = benchmark.explain(query=query, language=language)
        # Each kind's own full-text index, the small title-and-opening one, and for a typo
        # the trigram indexes on titles and openings.
        expected = {
            document_index(Kind.COMMITMENT, language),
            document_index(Kind.TRANSCRIPT, language),
            RANK_INDEX,
        }
        if (language, query) in TYPOS:
            expected |= {TITLE_TRIGRAM_INDEX, LEAD_TRIGRAM_INDEX}
        used = benchmark.gin_indexes_used(plans["search"])
        assert expected <= used, (language, query, used)
        assert benchmark.sequential_scans(plans["search"]) == [], (language, query)
        # Which words are rare is read from statistics: the index table is not read at all.
        vocabulary = plans["vocabulary"]
        assert not [
            node for node in benchmark.plan_nodes(vocabulary) if node.get("Relation Name") == TABLE
        ]

    timings = benchmark.time_search(queries=QUERIES + TYPOS, repeat=1)
    assert timings[("ru", "открытых данных")]["found"] > 100
    assert timings[("ky", "ачык маалыматтарды")]["found"] > 100
    # The typo finds the real commitment on anti-corruption among ten thousand others.
    assert timings[("ru", "коррупцыи")]["first"] == "/ru/commitments/2018-2020/3/"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL indexes")
def test_every_kind_has_its_full_text_index_in_every_language():
    """A kind added later without its index would be searched by reading the whole table."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s", [TABLE])
        existing = {name for (name,) in cursor.fetchall()}
    assert set(GIN_INDEXES) <= existing, sorted(set(GIN_INDEXES) - existing)
