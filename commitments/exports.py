"""Commitments and milestones as CSV and JSON: stable English keys, the visitor's language.

The column names never change with the language, so a researcher's script keeps working; the
values (titles, status labels, organization names) follow the language prefix of the address.
"""

import csv
import io
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

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


def partner_label(partner):
    """A partner as the source writes it: the person with their role, or the organization."""
    if partner.person is not None:
        if partner.person.position:
            return f"{partner.person.full_name} – {partner.person.position}"
        if partner.organization is not None:
            return f"{partner.person.full_name} – {partner.organization.name}"
        return partner.person.full_name
    return partner.organization.name


def commitment_record(commitment, absolute):
    progress = commitment.progress
    official = commitment.responsible_official
    return {
        "plan": commitment.plan.slug,
        "plan_title": commitment.plan.title,
        "number": commitment.number,
        "ogp_id": commitment.ogp_id,
        "title": commitment.title,
        "status": commitment.status,
        "status_label": str(commitment.get_status_display()),
        "themes": [theme.name for theme in commitment.themes.all()],
        "ogp_values": [value.value for value in commitment.ogp_values],
        "lead_agency": commitment.lead_agency.name if commitment.lead_agency else "",
        "responsible_official": official.full_name if official else "",
        "responsible_official_position": official.position if official else "",
        "responsible_official_emails": official.emails if official else [],
        "responsible_official_phones": [p["shown"] for p in official.phones] if official else [],
        "co_implementers": [org.name for org in commitment.co_implementers.all()],
        "partners": [partner_label(partner) for partner in commitment.partners.all()],
        "start_date": commitment.start_date,
        "end_date": commitment.end_date,
        "milestones_total": progress.total,
        "milestones_completed": progress.completed,
        "milestones_overdue": progress.overdue,
        "progress_percent": progress.percent,
        "milestones_sample": progress.sample,
        "is_sample": commitment.is_sample,
        "url": absolute(commitment.get_absolute_url()),
        "source_url": commitment.source_url,
    }


def milestone_record(milestone, absolute):
    commitment = milestone.commitment
    return {
        "plan": commitment.plan.slug,
        "commitment_number": commitment.number,
        "commitment_ogp_id": commitment.ogp_id,
        "order": milestone.order,
        "activity": milestone.activity,
        "deliverable": milestone.deliverable,
        "start_date": milestone.start_date,
        "end_date": milestone.end_date,
        "completion": milestone.completion,
        "completion_label": str(milestone.get_completion_display()),
        "is_overdue": milestone.is_overdue,
        "evidence_url": milestone.evidence_url,
        "evidence_files": [
            absolute(evidence.get_absolute_url()) for evidence in milestone.evidence_files.all()
        ],
        "updated_at": milestone.updated_at,
        "is_sample": milestone.is_sample,
        "commitment_url": absolute(commitment.get_absolute_url()),
    }


def _csv_value(value):
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _filename(stem, extension):
    return f"ogp-kg-{stem}-{get_language()}-{timezone.localdate():%Y-%m-%d}.{extension}"


def csv_response(records, columns, stem):
    """UTF-8 with a byte-order mark, so spreadsheet programs read Cyrillic correctly."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_csv_value(record[column]) for column in columns])
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
