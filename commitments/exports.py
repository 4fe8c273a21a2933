"""Commitments and milestones as CSV and JSON: stable English keys, the visitor's language.

The column names never change with the language, so a researcher's script keeps working; the
values (titles, status labels, organization names) follow the language prefix of the address.
"""

import csv
import io
import json
from bisect import bisect_left
from contextlib import nullcontext
from datetime import date
from types import SimpleNamespace

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections
from django.db.models import Case, F, QuerySet, TextField, Value, When, Window
from django.db.models.functions import Coalesce, Concat, NullIf, RowNumber
from django.db.models.lookups import Exact
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname, resolution_order

from directory.models import Person

from .models import (
    Commitment,
    CommitmentPartner,
    CommitmentStatus,
    Milestone,
    MilestoneCompletion,
    MilestoneEvidence,
    OGPValue,
    Progress,
    Theme,
)

COMMITMENT_COLUMNS = [
    "plan",
    "plan_title",
    "number",
    "ogp_id",
    "title",
    "status",
    "status_label",
    "themes",
    "ogp_values",
    "lead_agency",
    "responsible_official",
    "responsible_official_position",
    "responsible_official_emails",
    "responsible_official_phones",
    "co_implementers",
    "partners",
    "start_date",
    "end_date",
    "milestones_total",
    "milestones_completed",
    "milestones_overdue",
    "progress_percent",
    "milestones_sample",
    "is_sample",
    "url",
    "source_url",
]

MILESTONE_COLUMNS = [
    "plan",
    "commitment_number",
    "commitment_ogp_id",
    "order",
    "activity",
    "deliverable",
    "start_date",
    "end_date",
    "completion",
    "completion_label",
    "is_overdue",
    "evidence_url",
    "evidence_files",
    "updated_at",
    "is_sample",
    "commitment_url",
]


def _in_language(field):
    """In SQL, what modeltranslation's attribute gives in Python: the text in the visitor's
    language, else in the fallback language (Russian), else ''."""
    return Coalesce(
        *(NullIf(F(f"{field}_{code}"), Value("")) for code in resolution_order(get_language())),
        Value(""),
        output_field=TextField(),
    )


def _partner_labels(commitment_ids):
    """Each partner as the source writes it: the person with their role (their position, else
    their organization), or the organization; by commitment, in their order."""
    person = _in_language("person__full_name")
    position = _in_language("person__position")
    organization = _in_language("organization__name")
    text = TextField()
    label = Case(
        When(person__isnull=True, then=organization),
        When(
            Exact(position, Value("")),
            then=Case(
                When(organization__isnull=True, then=person),
                default=Concat(person, Value(" – "), organization, output_field=text),
                output_field=text,
            ),
        ),
        default=Concat(person, Value(" – "), position, output_field=text),
        output_field=text,
    )
    return _grouped(
        CommitmentPartner.objects.filter(commitment__in=commitment_ids)
        .order_by("commitment_id", "order", "id")
        .values_list("commitment_id", label)
    )


def _without_language_fallbacks(queryset):
    """The same query as a plain QuerySet.

    modeltranslation's values_list() re-reads every row to apply its language fallbacks, which
    the expressions here already apply in SQL: over a thousand rows that doubled the time.
    """
    return QuerySet(model=queryset.model, query=queryset.query.chain(), using=queryset.db)


def _grouped(pairs):
    grouped = {}
    for commitment_id, value in pairs:
        grouped.setdefault(commitment_id, []).append(value)
    return grouped


def _theme_names(commitment_ids):
    Link = Commitment.themes.through
    return _grouped(
        Link.objects.filter(commitment__in=commitment_ids, theme__in=Theme.objects.published())
        .order_by("commitment_id", "theme__order", "theme__slug")
        .values_list("commitment_id", _in_language("theme__name"))
    )


def _co_implementer_names(commitment_ids):
    # As Organization.objects.order_by("name") sorts them: by the name in the page's language
    # (then by id, so that two of the same name come in one order, here and in the SQL below).
    Link = Commitment.co_implementers.through
    return _grouped(
        Link.objects.filter(commitment__in=commitment_ids)
        .order_by("commitment_id", f"organization__name_{get_language()}", "organization_id")
        .values_list("commitment_id", _in_language("organization__name"))
    )


# The commitment's own columns, read in one query; the rest is put together in Python per row.
_COMMITMENT_VALUES = {
    "pk": F("pk"),
    "plan": F("plan__slug"),
    "number": F("number"),
    "ogp_id": F("ogp_id"),
    "status": F("status"),
    "is_sample": F("is_sample"),
    "start_date": F("start_date"),
    "end_date": F("end_date"),
    "source_url": F("source_url"),
    "counted": F("counted_milestones"),
    "completed": F("completed_milestones"),
    "sample": F("sample_milestones"),
    "open_deadlines": F("open_deadlines"),
    "official_email": F("responsible_official__email"),
    "official_phone": F("responsible_official__phone"),
    **{value.value: F(f"relevant_to_{value.value}") for value in OGPValue},
}


def _commitment_values():
    return _COMMITMENT_VALUES | {
        "plan_title": _in_language("plan__title"),
        "title": _in_language("title"),
        "lead_agency": _in_language("lead_agency__name"),
        "official": _in_language("responsible_official__full_name"),
        "official_position": _in_language("responsible_official__position"),
    }


def commitment_records(commitments, absolute):
    """The export's records of these commitments, in their order, in four queries.

    No model instance per row (a thousand commitments took seconds that way): plain values,
    with the texts in the visitor's language picked by the database as the models' own
    attributes pick them (that language, else Russian).
    """
    values = _commitment_values()
    aliases = {f"export_{name}": expression for name, expression in values.items()}
    rows = _without_language_fallbacks(commitments.annotate(**aliases)).values_list(*aliases)
    # The same filters again, as a subquery: cheaper than a thousand ids as parameters.
    ids = commitments.order_by().values("pk")
    themes = _theme_names(ids)
    co_implementers = _co_implementer_names(ids)
    partners = _partner_labels(ids)
    names = list(values)
    statuses = {value: str(label) for value, label in CommitmentStatus.choices}
    today = timezone.localdate()
    addresses = {}
    contacts = {}
    records = []
    for row in rows:
        value = dict(zip(names, row, strict=True))
        plan = value["plan"]
        if plan not in addresses:
            addresses[plan] = _address_maker("commitments:detail", "number", absolute, plan=plan)
        official = (value["official_email"], value["official_phone"])
        if official not in contacts:
            # Person's own rules split the published emails and phones (without the cost of
            # a model instance).
            person = SimpleNamespace(email=official[0] or "", phone=official[1] or "")
            contacts[official] = (
                Person.emails.fget(person),
                [phone["shown"] for phone in Person.phones.fget(person)],
            )
        emails, phones = contacts[official]
        progress = Progress(
            value["completed"],
            value["counted"],
            bisect_left(value["open_deadlines"], today.isoformat()),
            value["sample"],
        )
        pk = value["pk"]
        records.append(
            {
                "plan": plan,
                "plan_title": value["plan_title"],
                "number": value["number"],
                "ogp_id": value["ogp_id"],
                "title": value["title"],
                "status": value["status"],
                "status_label": statuses.get(value["status"], value["status"]),
                "themes": themes.get(pk, []),
                "ogp_values": [ogp.value for ogp in OGPValue if value[ogp.value]],
                "lead_agency": value["lead_agency"],
                "responsible_official": value["official"],
                "responsible_official_position": value["official_position"],
                "responsible_official_emails": emails,
                "responsible_official_phones": phones,
                "co_implementers": co_implementers.get(pk, []),
                "partners": partners.get(pk, []),
                "start_date": value["start_date"],
                "end_date": value["end_date"],
                "milestones_total": progress.total,
                "milestones_completed": progress.completed,
                "milestones_overdue": progress.overdue,
                "progress_percent": progress.percent,
                "milestones_sample": progress.sample,
                "is_sample": value["is_sample"],
                "url": addresses[plan](value["number"]),
                "source_url": value["source_url"],
            }
        )
    return records


# Stands for the varying part of an address reversed once (see _address_maker).
_NUMBER = 987654321


def milestone_records(commitments, absolute):
    """The milestones of these commitments as export records, in two queries and without a
    model instance per row (ten thousand milestones took ten seconds that way)."""
    milestones = (
        Milestone.objects.filter(commitment__in=commitments.order_by().values("pk"))
        .order_by("-commitment__plan__number", "commitment__number", "order", "id")
        .annotate(
            export_activity=_in_language("activity"), export_deliverable=_in_language("deliverable")
        )
    )
    rows = _without_language_fallbacks(milestones).values_list(
        "pk",
        "commitment__plan__slug",
        "commitment__number",
        "commitment__ogp_id",
        "order",
        "export_activity",
        "export_deliverable",
        "start_date",
        "end_date",
        "completion",
        "evidence_url",
        "updated_at",
        "is_sample",
    )
    evidence_address = _address_maker("commitments:evidence", "pk", absolute)
    evidence = _grouped(
        (milestone_id, evidence_address(pk))
        for milestone_id, pk in MilestoneEvidence.objects.filter(
            milestone__in=milestones.values("pk")
        )
        .order_by("milestone_id", "pk")
        .values_list("milestone_id", "pk")
    )
    completions = {value: str(label) for value, label in MilestoneCompletion.choices}
    addresses = {}
    records = []
    for pk, plan, number, ogp_id, order, activity, deliverable, *rest in rows:
        start_date, end_date, completion, evidence_url, updated_at, is_sample = rest
        if plan not in addresses:
            addresses[plan] = _address_maker("commitments:detail", "number", absolute, plan=plan)
        # The model's own rule, without the cost of a model instance.
        dates = SimpleNamespace(end_date=end_date, completion=completion)
        records.append(
            {
                "plan": plan,
                "commitment_number": number,
                "commitment_ogp_id": ogp_id,
                "order": order,
                "activity": activity,
                "deliverable": deliverable,
                "start_date": start_date,
                "end_date": end_date,
                "completion": completion,
                "completion_label": completions.get(completion, completion),
                "is_overdue": Milestone.is_overdue.fget(dates),
                "evidence_url": evidence_url,
                "evidence_files": evidence.get(pk, []),
                "updated_at": updated_at,
                "is_sample": is_sample,
                "commitment_url": addresses[plan](number),
            }
        )
    return records


def _address_maker(name, varying, absolute, **fixed):
    """value -> the absolute address `name` gives with that value for `varying`, from a single
    reverse(): the addresses of an export's rows differ only in that value."""
    address = absolute(reverse(name, kwargs={**fixed, varying: _NUMBER}))
    head, _placeholder, tail = address.rpartition(str(_NUMBER))
    return lambda value: f"{head}{value}{tail}"


def _csv_value(value):
    kind = type(value)
    if kind is str or kind is int:  # most cells: checked first, as an export has thousands
        return value
    if kind is list:
        return "; ".join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _filename(stem, extension):
    return f"ogp-kg-{stem}-{get_language()}-{timezone.localdate():%Y-%m-%d}.{extension}"


def _csv_cells(columns, first_record):
    """For each column, how to write its cells: as they are when the csv module already writes
    them as promised (text, numbers, dates in ISO 8601, None as nothing), else _csv_value().
    Looking per column, not per cell, matters over thousands of rows."""
    as_is = (str, int, date)  # exact types: a bool is an int, a datetime a date
    return [(column, type(first_record[column]) in as_is) for column in columns]


def _csv_head(columns):
    """The byte-order mark, so spreadsheet programs read Cyrillic correctly, and the header."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer, lineterminator="\r\n").writerow(columns)
    return buffer


def _csv_body(records, columns):
    buffer = _csv_head(columns)
    if records:
        cells = _csv_cells(columns, records[0])
        csv.writer(buffer, lineterminator="\r\n").writerows(
            [record[column] if as_is else _csv_value(record[column]) for column, as_is in cells]
            for record in records
        )
    return buffer.getvalue().encode("utf-8")


def _csv_file(body, stem):
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(stem, "csv")}"'
    return response


def csv_response(records, columns, stem):
    """UTF-8 with a byte-order mark, lines ending in CRLF."""
    return _csv_file(_csv_body(records, columns), stem)


def commitments_csv_response(commitments, absolute, *, narrowed=True):
    """The commitments as CSV: written by PostgreSQL where it serves the site, the same bytes
    as csv_response() gives for commitment_records() in a fraction of the time.

    narrowed=False says that nearly every commitment is listed (no filter): a hint for speed,
    never a change of what is written."""
    body = _commitments_csv_from_postgresql(commitments, absolute, narrowed)
    if body is None:
        body = _csv_body(commitment_records(commitments, absolute), COMMITMENT_COLUMNS)
    return _csv_file(body, "commitments")


def json_response(records, key, stem):
    payload = {
        "language": get_language(),
        "generated_at": timezone.now(),
        "count": len(records),
        key: records,
    }
    body = json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    response = HttpResponse(body.encode("utf-8"), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(stem, "json")}"'
    return response


# The commitments CSV written by PostgreSQL: COPY (SELECT ...) TO STDOUT WITH (FORMAT csv).
#
# COPY quotes a value exactly when the csv module does (for a comma, a double quote, a CR or
# an LF) and doubles the quotes inside as it does. Where the two differ, the query gives way:
# COPY writes an empty text as "" (to tell it from NULL), so every empty value is sent as NULL,
# which both write as nothing; COPY ends lines in LF, so each row (one COPY message a row) gets
# its CR back. Booleans, dates, lists, rounding and the officials' contacts are spelled as
# commitment_records() spells them; tests/test_exports.py compares the two byte for byte.
#
# Django compiles the filtered commitments with the plain values of their row; the rest is SQL
# text. Built as ORM expressions, it took longer to compile than the old export took to run.

_TABLE = {
    "organization": Commitment._meta.get_field("lead_agency").related_model._meta.db_table,
    "person": Person._meta.db_table,
    "theme": Theme._meta.db_table,
    "theme_link": Commitment.themes.through._meta.db_table,
    "co_implementer_link": Commitment.co_implementers.through._meta.db_table,
    "partner": CommitmentPartner._meta.db_table,
}

# What str.strip() strips: the characters for which str.isspace() is true (a test checks).
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


class _Parameters(list):
    """The statement's parameters, taken in the order their placeholders are written."""

    def __call__(self, value):
        self.append(value)
        return "%s"

    def sql(self, queryset):
        sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
        self.extend(params)
        return sql


def _text_sql(alias, field, empty="NULL"):
    """_in_language() in SQL text: the visitor's language, else Russian, else `empty`."""
    columns = (
        f"NULLIF({alias}.\"{build_localized_fieldname(field, code)}\", '')"
        for code in resolution_order(get_language())
    )
    return f"COALESCE({', '.join(columns)}, {empty})"


def _split_sql(column, p):
    """Person.emails and Person.phones (the number as shown): the parts between commas and
    semicolons, stripped, the empty ones left out, joined as _csv_value() joins a list. Most
    hold one part, which needs no unnesting."""
    return (
        f"CASE WHEN strpos({column}, ',') = 0 AND strpos({column}, ';') = 0"
        f" THEN NULLIF(btrim({column}, {p(_WHITESPACE)}), '')"
        " ELSE (SELECT string_agg(part, '; ' ORDER BY n) FROM (SELECT"
        f" btrim(piece, {p(_WHITESPACE)}) AS part, n"
        f" FROM unnest(string_to_array(replace({column}, ',', ';'), ';'))"
        " WITH ORDINALITY AS pieces(piece, n)) AS parts WHERE part <> '') END"
    )


def _row_columns():
    """(name in the statement, Django lookup) of the commitment's own values in the file."""
    translated = [
        ("plan_title", "plan__title"),
        ("title", "title"),
        ("lead_agency", "lead_agency__name"),
        ("official", "responsible_official__full_name"),
        ("official_position", "responsible_official__position"),
    ]
    return [
        ("pk", "pk"),
        ("position", "export_position"),
        ("plan", "plan__slug"),
        *(
            (build_localized_fieldname(name, code), build_localized_fieldname(lookup, code))
            for name, lookup in translated
            for code in resolution_order(get_language())
        ),
        ("official_email", "responsible_official__email"),
        ("official_phone", "responsible_official__phone"),
        *(
            (field, field)
            for field in (
                "number",
                "ogp_id",
                "status",
                *(f"relevant_to_{ogp.value}" for ogp in OGPValue),
                "start_date",
                "end_date",
                "counted_milestones",
                "completed_milestones",
                "sample_milestones",
                "open_deadlines",
                "is_sample",
                "source_url",
            )
        ),
    ]


def _lists_sql(p, listed):
    """Each commitment's themes, co-implementers and partners, each joined as _csv_value()
    joins a list (NULL for none), in the order commitment_records() reads them.

    One sort of all three, then plain string_agg(): with string_agg(... ORDER BY ...) each
    commitment's few values were sorted on their own, a thousand small sorts; PostgreSQL
    aggregates rows in the order its subquery gives them. `listed` narrows the links to the
    listed commitments; without it they are all read, cheaper when nearly all are listed."""
    t = _TABLE
    person, position = _text_sql("person", "full_name", "''"), _text_sql("person", "position", "''")
    organization = _text_sql("organization", "name", "''")
    theme = _text_sql("theme", "name", "''")
    partner = (
        f"CASE WHEN link.person_id IS NULL THEN {organization}"
        f" WHEN {position} = '' THEN CASE WHEN link.organization_id IS NULL THEN {person}"
        f" ELSE {person} || ' – ' || {organization} END"
        f" ELSE {person} || ' – ' || {position} END"
    )
    narrowed = " JOIN listed ON listed.pk = link.commitment_id" if listed else ""
    # The sort keys of each list: (kind, number, text, id).
    themes = (
        'SELECT link.commitment_id, 1 AS kind, theme."order" AS rank, theme.slug::text AS name,'
        f" 0::bigint AS id, {theme} AS value"
        f" FROM {t['theme_link']} AS link{narrowed}"
        f" JOIN {t['theme']} AS theme ON theme.id = link.theme_id"
        f" WHERE link.theme_id IN ({p.sql(Theme.objects.published().order_by().values('pk'))})"
    )
    co_implementers = (
        "SELECT link.commitment_id, 2, 0,"
        f' organization."{build_localized_fieldname("name", get_language())}"::text,'
        f" organization.id, {organization} FROM {t['co_implementer_link']} AS link{narrowed}"
        f" JOIN {t['organization']} AS organization ON organization.id = link.organization_id"
    )
    partners = (
        f"SELECT link.commitment_id, 3, link.\"order\", '', link.id, {partner}"
        f" FROM {t['partner']} AS link{narrowed}"
        f" LEFT JOIN {t['person']} AS person ON person.id = link.person_id"
        f" LEFT JOIN {t['organization']} AS organization"
        " ON organization.id = link.organization_id"
    )
    joined = ", ".join(
        f"NULLIF(string_agg(value, '; ') FILTER (WHERE kind = {kind}), '') AS {name}"
        for kind, name in enumerate(_LIST_COLUMNS, start=1)
    )
    return (
        f"lists AS (SELECT commitment_id, {joined} FROM ({themes} UNION ALL {co_implementers}"
        f" UNION ALL {partners} ORDER BY commitment_id, kind, rank, name, id) AS list_values"
        " GROUP BY commitment_id)"
    )


_LIST_COLUMNS = ("themes", "co_implementers", "partners")


def _commitments_csv_statement(commitments, absolute, ordering, narrowed):
    p = _Parameters()
    rows = _without_language_fallbacks(
        commitments.annotate(export_position=Window(RowNumber(), order_by=ordering or None))
    ).order_by()
    ctes = []
    if narrowed:
        ctes.append(f"listed(pk) AS MATERIALIZED ({p.sql(rows.values_list('pk'))})")
    ctes.append(_lists_sql(p, listed=narrowed))
    statuses = " ".join(
        f"WHEN {p(value)} THEN {p(str(label))}" for value, label in CommitmentStatus.choices
    )
    ogp_values = ", ".join(
        f"CASE WHEN c.relevant_to_{ogp.value} THEN {p(ogp.value)} END" for ogp in OGPValue
    )
    today = timezone.localdate().isoformat()
    # One reverse() for every row: the addresses differ only in the plan and the number, which
    # the slug and int converters write as they are.
    plan_token = "plan-987654320"
    address = absolute(
        reverse("commitments:detail", kwargs={"plan": plan_token, "number": _NUMBER})
    )
    head, _token, rest = address.partition(plan_token)
    middle, _token, tail = rest.partition(str(_NUMBER))
    # Progress.percent is round() of Python, which takes a half to the even neighbour: in
    # integers, 100 * completed / total is a half when twice the remainder is the total.
    quotient = "(100 * c.completed_milestones / c.counted_milestones)"
    twice_remainder = "(2 * mod(100 * c.completed_milestones, c.counted_milestones))"
    columns = {
        "plan": "NULLIF(c.plan, '')",
        "plan_title": _text_sql("c", "plan_title"),
        "number": "c.number",
        "ogp_id": "NULLIF(c.ogp_id, '')",
        "title": _text_sql("c", "title"),
        "status": "NULLIF(c.status, '')",
        "status_label": f"NULLIF(CASE c.status {statuses} ELSE c.status END, '')",
        "themes": "lists.themes",
        "ogp_values": f"NULLIF(concat_ws('; ', {ogp_values}), '')",
        "lead_agency": _text_sql("c", "lead_agency"),
        "responsible_official": _text_sql("c", "official"),
        "responsible_official_position": _text_sql("c", "official_position"),
        "responsible_official_emails": _split_sql("c.official_email", p),
        "responsible_official_phones": _split_sql("c.official_phone", p),
        "co_implementers": "lists.co_implementers",
        "partners": "lists.partners",
        "start_date": "to_char(c.start_date, 'YYYY-MM-DD')",
        "end_date": "to_char(c.end_date, 'YYYY-MM-DD')",
        "milestones_total": "c.counted_milestones",
        "milestones_completed": "c.completed_milestones",
        # bisect_left() of the sorted deadlines, as Python compares strings (by code point);
        # most commitments have none before today, which their first deadline tells.
        "milestones_overdue": (
            f'CASE WHEN (c.open_deadlines ->> 0) < {p(today)} COLLATE "C" THEN (SELECT count(*)'
            " FROM jsonb_array_elements_text(c.open_deadlines) AS deadline"
            f' WHERE deadline < {p(today)} COLLATE "C") ELSE 0 END'
        ),
        "progress_percent": (
            f"CASE WHEN c.counted_milestones = 0 THEN 0 ELSE {quotient}"
            f" + CASE WHEN {twice_remainder} > c.counted_milestones OR"
            f" ({twice_remainder} = c.counted_milestones AND mod({quotient}, 2) = 1)"
            " THEN 1 ELSE 0 END END"
        ),
        "milestones_sample": "c.sample_milestones",
        "is_sample": "CASE WHEN c.is_sample THEN 'true' ELSE 'false' END",
        "url": f"{p(head)} || c.plan || {p(middle)} || c.number || {p(tail)}",
        "source_url": "NULLIF(c.source_url, '')",
    }
    assert list(columns) == COMMITMENT_COLUMNS
    row_columns = _row_columns()
    row = rows.values_list(*(lookup for _name, lookup in row_columns))
    names = ", ".join(f'"{name}"' for name, _lookup in row_columns)
    # The joins lose the order of the rows: each carries its position.
    select = (
        f"SELECT {', '.join(columns.values())} FROM ({p.sql(row)}) AS c({names})"
        " LEFT JOIN lists ON lists.commitment_id = c.pk ORDER BY c.position"
    )
    return f"COPY (WITH {', '.join(ctes)} {select}) TO STDOUT WITH (FORMAT csv)", p


def _ordering(queryset):
    """The queryset's ORDER BY, for a window function; None if it cannot be one."""
    query = queryset.query
    ordering = query.order_by or (query.get_meta().ordering if query.default_ordering else ())
    if query.extra_order_by or "?" in ordering:
        return None
    return list(ordering)


def _commitments_csv_from_postgresql(commitments, absolute, narrowed):
    """The CSV file's bytes, or None where PostgreSQL cannot write it as csv_response() would."""
    connection = connections[commitments.db]
    query = commitments.query
    ordering = _ordering(commitments)
    if connection.vendor != "postgresql" or query.distinct or query.combinator or ordering is None:
        return None
    statement, params = _commitments_csv_statement(commitments, absolute, ordering, narrowed)
    head = _csv_head(COMMITMENT_COLUMNS).getvalue().encode("utf-8")
    with connection.cursor() as cursor:
        # Recorded as Django records its queries (tests count them; the debug toolbar shows it).
        recorded = getattr(cursor, "debug_sql", None)
        with (
            recorded(statement, params) if recorded else nullcontext(),
            connection.wrap_database_errors,
            cursor.cursor.copy(statement, params) as copy,
        ):
            lines = [bytes(row[:-1]) for row in copy]
    lines.append(b"")
    return head + b"\r\n".join(lines)
