"""Commitments and milestones as CSV and JSON: stable English keys, the visitor's language.

The column names never change with the language, so a researcher's script keeps working; the
values (titles, status labels, organization names) follow the language prefix of the address.
"""

import csv
import io
import json
from bisect import bisect_left
from datetime import date
from types import SimpleNamespace

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Case, F, QuerySet, TextField, Value, When
from django.db.models.functions import Coalesce, Concat, NullIf
from django.db.models.lookups import Exact
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from modeltranslation.utils import resolution_order

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
    # As Organization.objects.order_by("name") sorts them: by the name in the page's language.
    Link = Commitment.co_implementers.through
    return _grouped(
        Link.objects.filter(commitment__in=commitment_ids)
        .order_by("commitment_id", f"organization__name_{get_language()}")
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


def csv_response(records, columns, stem):
    """UTF-8 with a byte-order mark, so spreadsheet programs read Cyrillic correctly."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    if records:
        cells = _csv_cells(columns, records[0])
        writer.writerows(
            [record[column] if as_is else _csv_value(record[column]) for column, as_is in cells]
            for record in records
        )
    response = HttpResponse(
        buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(stem, "csv")}"'
    return response


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
