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

from django.conf import settings
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

from .models import KIND_SINGULAR, LEAD_LENGTH, Kind, SearchEntry
from .text import HIGHLIGHT_START, HIGHLIGHT_STOP, clean_query, kyrgyz_stem, stem_for, words

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
TEXT_SEARCH_CONFIGS = {"ru": "russian", "en": "english"}
SIMPLE_CONFIG = "simple"

HEADLINE_MARKS = f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_STOP}"
TITLE_HEADLINE_OPTIONS = f"{HEADLINE_MARKS}, HighlightAll=true"
SNIPPET_HEADLINE_OPTIONS = (
    f'{HEADLINE_MARKS}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
)
SNIPPET_LENGTH = 240
# ts_headline reads this many characters of a text, starting this far before its first match.
SNIPPET_SOURCE_LENGTH = 360
SNIPPET_LEAD = 100
# Each kind lists at most this many results (the best ones); past it the page says "more than".
RESULT_CAP = 1000
# What a match beyond the first words of a text scores (times the kind's weight), and how much
# a title similar to the whole query adds.
BODY_MATCH_SCORE = 0.01
TITLE_SIMILARITY_WEIGHT = 0.3
# Typo matching over whole texts is consulted when the exact matches fill less than a page.
FUZZY_WHEN_FEWER_THAN = 20
FUZZY_MIN_LENGTH = 4
FUZZY_MAX_WORDS = 5
# Similar words are a fallback for a typo: the first hundred found are listed. Each costs
# two similarity comparisons, so listing a thousand would take a third of a second.
FUZZY_LIMIT = 100


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
    """Full-text and trigram search through the GIN indexes of migrations 0002 and 0003.

    Two queries: which of the query's words are rare in the index (typos among them, for the
    trigram search), then one that counts the results per kind and reads the page.

    However common a word, the work is bounded: each kind's full-text index yields at most
    RESULT_CAP + 1 matches (one more tells there are more than the cap); only for a kind
    with more are its further title and opening matches read, through the small
    `rank_document` index; only those are ranked, by `rank_document` (title, weight A, then
    the text's first words, weight B), never by the long texts' whole `document`. Each match
    is read once, so none needs merging; they are numbered per kind only for a page past the
    first RESULT_CAP, the only place a kind's cap can cut into.
    Snippets are cut from the text around its first match before ts_headline reads them.
    """

    def __init__(self, query, language):
        if language not in LANGUAGE_CODES:
            raise ValueError(f"Not a language of the site: {language!r}")
        self.language = language
        self.table = SearchEntry._meta.db_table
        self.config = TEXT_SEARCH_CONFIGS.get(language, SIMPLE_CONFIG)
        self.words = words(query)
        # Trigram similarity compares letters, so it gets the words without punctuation.
        self.trigram_text = " ".join(self.words)
        if self.config == SIMPLE_CONFIG:
            # No stemmer: each word cut back to a likely stem, matched as a prefix. The words
            # hold letters and digits only, so nothing in them is tsquery syntax.
            self.prefixes = list(dict.fromkeys(kyrgyz_stem(word) for word in self.words))
            self.tsquery_sql = "to_tsquery('simple'::regconfig, %s)"
            self.tsquery_param = " & ".join(f"{prefix}:*" for prefix in self.prefixes)
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

    def _rank(self, tsquery_sql):
        """A score from the small rank_document; a match further down the text scores the
        least, yet above nothing, so the kinds' weights still order such matches."""
        return f"(ts_rank(e.rank_document, {tsquery_sql}) + {BODY_MATCH_SCORE}) * e.boost"

    def _exact(self, kind=None):
        """CTE `exact`: each kind's first RESULT_CAP + 1 matches in its own full-text index
        (how many there are is the kind's count, whatever else is added), then title and
        opening matches past those, of the kinds that have more (only the chosen kind, when
        there is one), so the best of a long list are among those ranked.

        Reading further costs as much as the counting itself (thousands of rows for a common
        word), so it is done only for a kind whose own index holds more than the cap."""
        rank = self._rank(self.tsquery_sql)
        # Kinds and the language are literals, so the planner can pick each partial index.
        language = f"'{self.language}'"
        branches, params = [], []
        for value in Kind.values:
            branches.append(
                f"(SELECT e.id, e.kind, {rank} AS score FROM {self.table} e "
                f"WHERE e.kind = '{value}' AND e.language = {language} "
                f"AND e.document @@ {self.tsquery_sql} LIMIT {RESULT_CAP + 1})"
            )
            params += [self.tsquery_param, self.tsquery_param]
        ctes = ["found AS MATERIALIZED (" + " UNION ALL ".join(branches) + ")"]
        if kind is None or kind in Kind.values:
            # One-time filters (init plans): nothing more is read unless a kind is capped.
            if kind:
                wanted = (
                    f"(SELECT count(*) FROM found WHERE kind = '{kind}') > {RESULT_CAP} "
                    f"AND e.kind = '{kind}'"
                )
            else:
                capped = f"SELECT kind FROM found GROUP BY kind HAVING count(*) > {RESULT_CAP}"
                wanted = f"EXISTS ({capped}) AND e.kind IN ({capped})"
            ctes.append(
                f"extra AS MATERIALIZED (SELECT e.id, e.kind, {rank} AS score "
                f"FROM {self.table} e WHERE {wanted} AND e.language = {language} "
                f"AND e.rank_document @@ {self.tsquery_sql} "
                f"AND e.id NOT IN (SELECT id FROM found) LIMIT {RESULT_CAP})"
            )
            params += [self.tsquery_param, self.tsquery_param]
            ctes.append("exact AS MATERIALIZED (SELECT * FROM found UNION ALL SELECT * FROM extra)")
        else:
            ctes.append("exact AS MATERIALIZED (SELECT * FROM found)")
        return ", ".join(ctes), params

    def _fuzzy(self):
        """CTE `fuzzy`: titles and openings of texts with a word similar to a rare query word
        (a typo), through the trigram indexes, only when the exact matches fill less than a
        page. A fuzzy match ranks below an exact one of the same weight. Whole texts are not
        compared: for a word with common trigrams that would be thousands of long texts."""
        fuzzy_words = self.fuzzy_words
        # Written the way the trigram indexes state them (`%>`, not `<%`): the planner then
        # leaves the rechecks of the index to the scan alone instead of repeating them as a
        # filter, and each comparison with an opening costs as much as reading a page.
        condition = " OR ".join(
            f"e.title %%> %s OR left(e.body, {LEAD_LENGTH}) %%> %s" for _word in fuzzy_words
        )
        condition_params = [word for word in fuzzy_words for _field in ("title", "body")]
        similarities = " + ".join("word_similarity(%s, e.title)" for _word in fuzzy_words)
        # The query's other words still count: a text holding them early ranks first.
        known_sql, known_param = self._known_words_tsquery()
        sql = (
            f"fuzzy AS MATERIALIZED (SELECT e.id, e.kind, (ts_rank(e.rank_document, {known_sql}) "
            f"+ {TITLE_SIMILARITY_WEIGHT} * ({similarities}) / {len(fuzzy_words)} "
            f"+ {BODY_MATCH_SCORE}) * 0.5 * e.boost AS score FROM {self.table} e "
            f"WHERE e.language = '{self.language}' AND ({condition}) "
            "AND (SELECT COUNT(*) FROM exact) < %s "
            "AND e.id NOT IN (SELECT id FROM exact) "
            f"LIMIT {FUZZY_LIMIT})"
        )
        params = [known_param, *fuzzy_words, *condition_params, FUZZY_WHEN_FEWER_THAN]
        return sql, params

    def _needles_sql(self):
        """What to look for in a text to find where its first match is: the query's
        lexemes (stems are the beginnings of the words they stand for) or Kyrgyz prefixes."""
        if self.config == SIMPLE_CONFIG:
            return "%s::text[]", [self.prefixes]
        return f"tsvector_to_array(to_tsvector('{self.config}'::regconfig, %s))", [
            self.trigram_text
        ]

    def search_sql(self, kind, offset, limit):
        """Counts per kind (rows with part 0; a count over RESULT_CAP means "more"), then
        the requested page of results, highlighted (part 1)."""
        exact_sql, params = self._exact(kind)
        ctes = [exact_sql]
        matched = "SELECT * FROM exact"
        if self.fuzzy_words:
            fuzzy_sql, fuzzy_params = self._fuzzy()
            ctes.append(fuzzy_sql)
            params += fuzzy_params
            matched += " UNION ALL SELECT * FROM fuzzy"
        if offset + limit > RESULT_CAP:
            # Deep pages: each kind lists only its best RESULT_CAP, so places are numbered.
            ctes.append(
                "ranked AS MATERIALIZED (SELECT id, kind, score, "
                "row_number() OVER (PARTITION BY kind ORDER BY score DESC, id) AS place "
                f"FROM ({matched}) matched)"
            )
            listed = f"SELECT id, kind, score FROM ranked WHERE place <= {RESULT_CAP}"
        else:
            # Within the first RESULT_CAP of all, no result can be past its kind's cap.
            ctes.append(f"ranked AS MATERIALIZED ({matched})")
            listed = "SELECT id, kind, score FROM ranked"
        needles_sql, needles_params = self._needles_sql()
        ctes.append(f"needles AS (SELECT {needles_sql} AS words)")
        params += needles_params
        ctes.append(
            f"page AS (SELECT id, score FROM ({listed}) listed"
            + (" WHERE kind = %s" if kind else "")
            + " "
            "ORDER BY score DESC, id LIMIT %s OFFSET %s)"
        )
        params += [*([kind] if kind else []), limit, offset]
        # Where the first match is: the passage the snippet is made from starts a little
        # before it, so ts_headline reads a few hundred characters, not the whole text.
        # Lower-case and capitalised forms are looked for as they are: folding the whole
        # text's case costs more than the rest of the snippet.
        first_match = (
            "COALESCE((SELECT min(nullif(strpos(e.body, form), 0)) FROM needles, "
            "unnest(needles.words) needle, LATERAL (VALUES (needle), (initcap(needle))) f(form)"
            "), 1)"
        )
        excerpt = (
            f"substr(e.body, greatest(1, {first_match} - {SNIPPET_LEAD}), {SNIPPET_SOURCE_LENGTH})"
        )
        sql = (
            "WITH "
            + ", ".join(ctes)
            + " SELECT 0 AS part, kind, count(*)::float8 AS score, 0::bigint AS id, "
            "NULL::text, NULL::text, NULL::text, NULL::boolean, NULL::date, NULL::text, NULL::text "
            "FROM ranked GROUP BY kind "
            "UNION ALL "
            "SELECT 1, e.kind, p.score, p.id, e.url, e.context, e.text_language, e.is_sample, "
            f"e.date, ts_headline('{self.config}'::regconfig, e.title, {self.tsquery_sql}, %s), "
            f"ts_headline('{self.config}'::regconfig, {excerpt}, {self.tsquery_sql}, %s) "
            f"FROM page p JOIN {self.table} e ON e.id = p.id "
            "ORDER BY part, score DESC, id"
        )
        params += [
            self.tsquery_param,
            TITLE_HEADLINE_OPTIONS,
            self.tsquery_param,
            SNIPPET_HEADLINE_OPTIONS,
        ]
        return sql, params

    def search(self, kind, offset, limit):
        """({kind: count, at most RESULT_CAP + 1}, [Hit, …] of the page) in one query."""
        sql, params = self.search_sql(kind, offset, limit)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        counts, hits = {}, []
        for (
            part,
            kind_,
            score,
            _id,
            url,
            context,
            text_language,
            is_sample,
            day,
            title,
            snippet,
        ) in rows:
            if part == 0:
                counts[kind_] = int(score)
                continue
            hits.append(
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
            )
        return counts, hits

    def count_by_kind(self):
        return self.search(None, 0, 0)[0]

    def page(self, kind, offset, limit):
        return self.search(kind, offset, limit)[1]


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
    is known from the counts, and a slice reads just that page (or takes the page the search
    already read with the counts)."""

    def __init__(self, backend, kind, total, prefetched=None):
        self.backend = backend
        self.kind = kind
        self.total = total
        self.prefetched = prefetched  # (offset, hits) read together with the counts

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
        if self.prefetched is not None:
            offset, hits = self.prefetched
            if offset == start and stop - start <= len(hits):
                return hits[: stop - start]
        return self.backend.page(self.kind, start, stop - start)


@dataclass
class SearchResults:
    query: str
    kind: str | None
    counts: dict  # {kind: number listed}, in the order of Kind, only kinds with results
    total: int  # across all kinds
    pages: ResultPages  # the chosen kind's (or all) results, for a Paginator
    capped_kinds: frozenset = frozenset()  # kinds with more results than RESULT_CAP

    @property
    def found(self):
        return self.pages.total

    @property
    def is_capped(self):
        """Whether more was found than is listed (for the chosen kind, or for any)."""
        return self.kind in self.capped_kinds if self.kind else bool(self.capped_kinds)

    @property
    def cap(self):
        return RESULT_CAP


def _page_offset(page_number, per_page):
    """Where the requested page starts, or None when it cannot be a page of results (the
    view answers that itself)."""
    try:
        number = int(str(page_number))
    except ValueError:
        return None
    most_pages = -(-len(Kind.values) * RESULT_CAP // per_page)
    if not 1 <= number <= most_pages:
        return None
    return (number - 1) * per_page


def run_search(*, query, language, kind=None, page_number=1, per_page=20):
    """Search the index in one language; kind limits the results (the counts cover all).

    On PostgreSQL the counts and the requested page come from one query; elsewhere the page
    is read when the paginator asks for it.
    """
    query, _removed = clean_query(query)
    backend = backend_for(query, language)
    prefetched = None
    if backend.is_empty:
        found = {}
    elif isinstance(backend, PostgresBackend):
        offset = _page_offset(page_number, per_page)
        found, hits = backend.search(kind, offset or 0, per_page if offset is not None else 0)
        if offset is not None:
            prefetched = (offset, hits)
    else:
        found = backend.count_by_kind()
    counts = {value: min(found[value], RESULT_CAP) for value in Kind.values if found.get(value)}
    capped = frozenset(value for value in counts if found[value] > RESULT_CAP)
    total = sum(counts.values())
    chosen = counts.get(kind, 0) if kind else total
    return SearchResults(
        query=query,
        kind=kind,
        counts=counts,
        total=total,
        pages=ResultPages(backend, kind, chosen, prefetched),
        capped_kinds=capped,
    )


def search_hits(*, query, language, kind=None, limit=20):
    """The first results as a list: for tests, the benchmark and anything else that just
    wants to know what a query finds."""
    results = run_search(query=query, language=language, kind=kind, per_page=limit)
    return list(results.pages[:limit])
