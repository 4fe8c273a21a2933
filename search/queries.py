"""Reading the search index: ranked, highlighted results in a few queries, whatever their number.

On PostgreSQL: full-text search (russian and english configurations; simple with prefix
matching for Kyrgyz) or a title similar to the query; when that finds less than a page, also
titles and texts holding a word similar to a query word that is rare in the index (a typo is),
by trigram similarity. Ranked by ts_rank plus trigram similarity, weighted per kind; snippets
from ts_headline. Elsewhere (SQLite, the quick start): every word (roughly stemmed) must appear in
the title or text, case-insensitively; titles first; snippets cut in Python.

Either way: one query counts results per kind, one reads the requested page (PostgreSQL asks
one more first: which words are rare, from the planner's statistics).
"""

import re
from dataclasses import dataclass
from datetime import date as date_type

from django.db import connection
from django.db.models import (
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Lower
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import KIND_SINGULAR, Kind, SearchEntry
from .text import HIGHLIGHT_START, HIGHLIGHT_STOP, clean_query, kyrgyz_stem, stem_for, words

TEXT_SEARCH_CONFIGS = {"ru": "russian", "en": "english"}
SIMPLE_CONFIG = "simple"

HEADLINE_MARKS = f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_STOP}"
TITLE_HEADLINE_OPTIONS = f"{HEADLINE_MARKS}, HighlightAll=true"
SNIPPET_HEADLINE_OPTIONS = (
    f'{HEADLINE_MARKS}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
)
SNIPPET_LENGTH = 240
# Typo matching over whole texts is consulted when the exact matches fill less than a page.
FUZZY_WHEN_FEWER_THAN = 20
FUZZY_MIN_LENGTH = 4
FUZZY_MAX_WORDS = 5


@dataclass(frozen=True)
class Hit:
    kind: str
    url: str
    title_html: str
    snippet_html: str
    context: str
    text_language: str
    is_sample: bool
    date: date_type | None

    @property
    def kind_label(self):
        return KIND_SINGULAR.get(self.kind, self.kind)


def marked_html(text):
    """Escape stored text, then turn only our highlight sentinels into <mark> tags."""
    html = escape(text or "")
    html = html.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>")
    return mark_safe(html)


class PostgresBackend:
    """Full-text and trigram search through the GIN indexes of migration 0002.

    Three queries: which of the query's words are rare in the index (typos among them, for
    the trigram search), the counts per kind, and the page.
    """

    def __init__(self, query, language):
        self.language = language
        self.table = SearchEntry._meta.db_table
        self.config = TEXT_SEARCH_CONFIGS.get(language, SIMPLE_CONFIG)
        self.words = words(query)
        # Trigram similarity compares letters, so it gets the words without punctuation.
        self.trigram_text = " ".join(self.words)
        if self.config == SIMPLE_CONFIG:
            # No stemmer: each word cut back to a likely stem, matched as a prefix. The words
            # hold letters and digits only, so nothing in them is tsquery syntax.
            prefixes = dict.fromkeys(kyrgyz_stem(word) for word in self.words)
            self.tsquery_sql = "to_tsquery('simple'::regconfig, %s)"
            self.tsquery_param = " & ".join(f"{prefix}:*" for prefix in prefixes)
        else:
            # websearch_to_tsquery accepts anything a person types, never raising an error.
            self.tsquery_sql = f"websearch_to_tsquery('{self.config}'::regconfig, %s)"
            self.tsquery_param = query
        self._fuzzy_words = None

    @property
    def is_empty(self):
        return not self.words

    @property
    def candidate_words(self):
        """Words long enough for a typo to be told from another word, the first few."""
        long_words = [word for word in dict.fromkeys(self.words) if len(word) >= FUZZY_MIN_LENGTH]
        return long_words[:FUZZY_MAX_WORDS]

    def vocabulary_sql(self):
        """Whether each candidate word is common in the index, read from the planner's
        statistics (the most common lexemes of `document`, gathered by ANALYZE): no table is
        scanned. A common word needs no typo matching; a stop word neither."""
        common = (
            "COALESCE((SELECT most_common_elems::text::text[] FROM pg_stats "
            "WHERE schemaname = current_schema() AND tablename = %s "
            "AND attname = 'document'), '{}')"
        )
        checks, params = [], []
        for word in self.candidate_words:
            if self.config == SIMPLE_CONFIG:
                stem = kyrgyz_stem(word)
                checks.append(
                    f"EXISTS (SELECT 1 FROM unnest({common}) lexeme WHERE left(lexeme, %s) = %s)"
                )
                params += [self.table, len(stem), stem]
            else:
                lexemes = f"tsvector_to_array(to_tsvector('{self.config}'::regconfig, %s))"
                checks.append(f"cardinality({lexemes}) = 0 OR {lexemes} && {common}")
                params += [word, word, self.table]
        return "SELECT " + ", ".join(f"({check})" for check in checks), params

    @property
    def fuzzy_words(self):
        """The candidate words that are rare or unknown in the index: a typo is one of them,
        and the trigram indexes find a rare word's neighbours quickly."""
        if self._fuzzy_words is None:
            candidates = self.candidate_words
            common = []
            if candidates:
                sql, params = self.vocabulary_sql()
                with connection.cursor() as cursor:
                    cursor.execute(sql, params)
                    common = cursor.fetchone()
            self._fuzzy_words = [
                word for word, is_common in zip(candidates, common, strict=False) if not is_common
            ]
        return self._fuzzy_words

    def _known_words_tsquery(self):
        """A tsquery of the query's words that are not typo candidates (may match nothing)."""
        known = [word for word in self.words if word not in self.fuzzy_words]
        if self.config == SIMPLE_CONFIG:
            prefixes = dict.fromkeys(kyrgyz_stem(word) for word in known)
            return "to_tsquery('simple'::regconfig, %s)", " & ".join(f"{p}:*" for p in prefixes)
        return f"plainto_tsquery('{self.config}'::regconfig, %s)", " ".join(known)

    def _matched(self, *, ranked):
        """CTEs `exact`, `fuzzy` and `matched` (their union), with their parameters in order.

        exact: the full-text index (word forms, Kyrgyz prefixes), or a title similar to the
        whole query. fuzzy: titles and texts with a word similar to a rare query word (a
        typo), through the trigram indexes; consulted only when the exact matches fill less
        than a page. A fuzzy match ranks below an exact one of the same weight.
        """
        exact_condition = f"e.document @@ {self.tsquery_sql} OR %s <%% e.title"
        exact_params = [self.tsquery_param, self.trigram_text]
        exact_score, exact_score_params = "", []
        if ranked:
            exact_score = (
                f", (ts_rank(e.document, {self.tsquery_sql}) "
                "+ 0.3 * word_similarity(%s, e.title)) * e.boost AS score"
            )
            exact_score_params = [self.tsquery_param, self.trigram_text]
        sql = (
            f"WITH exact AS MATERIALIZED (SELECT e.id, e.kind{exact_score} FROM {self.table} e "
            f"WHERE e.language = %s AND ({exact_condition})), "
        )
        params = [*exact_score_params, self.language, *exact_params]

        fuzzy_words = self.fuzzy_words
        if not fuzzy_words:
            return sql + "matched AS (SELECT * FROM exact) ", params
        fuzzy_condition = " OR ".join("%s <%% e.title OR %s <%% e.body" for _word in fuzzy_words)
        fuzzy_params = [word for word in fuzzy_words for _field in ("title", "body")]
        fuzzy_score, fuzzy_score_params = "", []
        if ranked:
            similarities = " + ".join(
                "0.3 * word_similarity(%s, e.title) + 0.1 * word_similarity(%s, e.body)"
                for _word in fuzzy_words
            )
            # The query's other words still count: a text holding them ranks first.
            known_sql, known_param = self._known_words_tsquery()
            fuzzy_score = (
                f", (ts_rank(e.document, {known_sql}) + ({similarities}) / {len(fuzzy_words)}) "
                "* 0.5 * e.boost AS score"
            )
            fuzzy_score_params = [known_param, *fuzzy_params]
        sql += (
            f"fuzzy AS (SELECT e.id, e.kind{fuzzy_score} FROM {self.table} e "
            f"WHERE e.language = %s AND ({fuzzy_condition}) "
            "AND (SELECT COUNT(*) FROM exact) < %s "
            f"AND NOT ({exact_condition})), "
            "matched AS (SELECT * FROM exact UNION ALL SELECT * FROM fuzzy) "
        )
        params += [
            *fuzzy_score_params,
            self.language,
            *fuzzy_params,
            FUZZY_WHEN_FEWER_THAN,
            *exact_params,
        ]
        return sql, params

    def count_sql(self):
        sql, params = self._matched(ranked=False)
        return sql + "SELECT kind, COUNT(*) FROM matched GROUP BY kind", params

    def count_by_kind(self):
        sql, params = self.count_sql()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return dict(cursor.fetchall())

    def page_sql(self, kind, offset, limit):
        sql, params = self._matched(ranked=True)
        # Highlights are made only for the rows of the page, after sorting and limiting.
        sql += (
            "SELECT e.kind, e.url, e.context, e.text_language, e.is_sample, e.date, "
            f"ts_headline('{self.config}'::regconfig, e.title, {self.tsquery_sql}, %s), "
            f"ts_headline('{self.config}'::regconfig, e.body, {self.tsquery_sql}, %s) "
            "FROM (SELECT id, score FROM matched "
            + ("WHERE kind = %s " if kind else "")
            + "ORDER BY score DESC, id LIMIT %s OFFSET %s) p "
            f"JOIN {self.table} e ON e.id = p.id "
            "ORDER BY p.score DESC, p.id"
        )
        params += [
            self.tsquery_param,
            TITLE_HEADLINE_OPTIONS,
            self.tsquery_param,
            SNIPPET_HEADLINE_OPTIONS,
            *([kind] if kind else []),
            limit,
            offset,
        ]
        return sql, params

    def page(self, kind, offset, limit):
        sql, params = self.page_sql(kind, offset, limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [
            Hit(
                kind=kind_,
                url=url,
                title_html=marked_html(title),
                snippet_html=marked_html(snippet),
                context=context,
                text_language=text_language,
                is_sample=is_sample,
                date=day,
            )
            for kind_, url, context, text_language, is_sample, day, title, snippet in rows
        ]


class CaseFold(Func):
    """Case-insensitive matching for any alphabet: SQLite's own lower() knows only ASCII."""

    function = "search_casefold"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return Lower(*self.source_expressions).as_sql(compiler, connection, **extra_context)


def _register_casefold():
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        connection.connection.create_function(
            "search_casefold",
            1,
            lambda value: value.casefold() if value else value,
            deterministic=True,
        )


def highlight(text, pattern, *, whole=False, length=SNIPPET_LENGTH):
    """Escaped text with the pattern's matches in <mark>: all of it, or a passage around the
    first match (the beginning when nothing matches)."""
    text = text or ""
    if not whole and len(text) > length:
        found = pattern.search(text) if pattern else None
        start = max(0, (found.start() if found else 0) - length // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < start + 20 else start
        end = min(len(text), start + length)
        text = ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")
    if pattern is None:
        return mark_safe(escape(text))
    parts, last = [], 0
    for found in pattern.finditer(text):
        parts += [escape(text[last : found.start()]), "<mark>", escape(found.group()), "</mark>"]
        last = found.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))


class SimpleBackend:
    """Substring matching over the same table, for databases without full-text search."""

    def __init__(self, query, language):
        self.language = language
        self.terms = list(dict.fromkeys(stem_for(language, word) for word in words(query)))
        self.pattern = (
            re.compile("|".join(re.escape(term) for term in self.terms), re.IGNORECASE)
            if self.terms
            else None
        )

    @property
    def is_empty(self):
        return not self.terms

    def queryset(self, kind=None):
        _register_casefold()
        queryset = SearchEntry.objects.filter(language=self.language).alias(
            folded_title=CaseFold("title"), folded_body=CaseFold("body")
        )
        for term in self.terms:
            queryset = queryset.filter(
                Q(folded_title__contains=term) | Q(folded_body__contains=term)
            )
        return queryset.filter(kind=kind) if kind else queryset

    def count_by_kind(self):
        rows = self.queryset().order_by().values_list("kind").annotate(found=Count("id"))
        return dict(rows)

    def page(self, kind, offset, limit):
        title_hits = sum(
            (
                Case(When(folded_title__contains=term, then=Value(1)), default=Value(0))
                for term in self.terms
            ),
            Value(0, output_field=IntegerField()),
        )
        rows = (
            self.queryset(kind)
            .annotate(rank=ExpressionWrapper(title_hits * F("boost"), output_field=FloatField()))
            .order_by("-rank", "-boost", "id")
            .only("kind", "url", "title", "body", "context", "text_language", "is_sample", "date")
        )[offset : offset + limit]
        return [
            Hit(
                kind=row.kind,
                url=row.url,
                title_html=highlight(row.title, self.pattern, whole=True),
                snippet_html=highlight(row.body, self.pattern),
                context=row.context,
                text_language=row.text_language,
                is_sample=row.is_sample,
                date=row.date,
            )
            for row in rows
        ]


def backend_for(query, language):
    backend = PostgresBackend if connection.vendor == "postgresql" else SimpleBackend
    return backend(query, language)


class ResultPages:
    """The results of one kind (or all) as a sequence a Paginator can page through: its length
    is known from the counts, and a slice reads just that page."""

    def __init__(self, backend, kind, total):
        self.backend = backend
        self.kind = kind
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("Only pages (slices) of results can be read.")
        start = index.start or 0
        stop = self.total if index.stop is None else min(index.stop, self.total)
        if stop <= start:
            return []
        return self.backend.page(self.kind, start, stop - start)


@dataclass
class SearchResults:
    query: str
    kind: str | None
    counts: dict  # {kind: number found}, in the order of Kind, only kinds with results
    total: int  # across all kinds
    pages: ResultPages  # the chosen kind's (or all) results, for a Paginator

    @property
    def found(self):
        return self.pages.total


def run_search(*, query, language, kind=None):
    """Search the index in one language; kind limits the results (the counts cover all)."""
    query, _removed = clean_query(query)
    backend = backend_for(query, language)
    found = {} if backend.is_empty else backend.count_by_kind()
    counts = {value: found[value] for value in Kind.values if found.get(value)}
    total = sum(counts.values())
    chosen = counts.get(kind, 0) if kind else total
    return SearchResults(
        query=query,
        kind=kind,
        counts=counts,
        total=total,
        pages=ResultPages(backend, kind, chosen),
    )


def search_hits(*, query, language, kind=None, limit=20):
    """The first results as a list: for tests, the benchmark and anything else that just
    wants to know what a query finds."""
    results = run_search(query=query, language=language, kind=kind)
    return list(results.pages[:limit])
