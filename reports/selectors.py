"""Reading reports for the public: published only, related rows fetched in fixed queries."""

from django.conf import settings
from django.db.models import Count

from commitments.models import Commitment

from .filters import ReportFilter
from .models import VALUE_FIELDS, Assessment, EligibilityScore, Report


def filtered_reports(params):
    """The filter form, the reports it selects and how many: an invalid filter leaves the list
    unfiltered (the form then carries the error to show).

    One grouped query gives both the years the filter offers and the count for the paginator:
    every filter is an equality on a column of the groups.
    """
    groups = list(
        Report.objects.published()
        .order_by()
        .values("publication_year", "kind", "plan__slug")
        .annotate(count=Count("id"))
    )
    years = sorted({group["publication_year"] for group in groups}, reverse=True)
    queryset = Report.objects.published().for_listing()
    filterset = ReportFilter(
        params or None, queryset=queryset, years=[(str(year), str(year)) for year in years]
    )
    if filterset.is_bound and not filterset.is_valid():
        return filterset, queryset, sum(group["count"] for group in groups)
    chosen = filterset.form.cleaned_data if filterset.is_bound else {}
    wanted = {
        "kind": chosen.get("kind") or None,
        "plan__slug": chosen.get("plan") or None,
        "publication_year": int(chosen["year"]) if chosen.get("year") else None,
    }
    count = sum(
        group["count"]
        for group in groups
        if all(value is None or group[key] == value for key, value in wanted.items())
    )
    return filterset, filterset.qs, count


def report_assessments(report):
    """A report's assessments with their commitments (and plans, for links) in one query.

    Of a commitment only what the table shows is read: its long texts stay in the database.
    """
    return list(
        report.assessments.select_related("commitment__plan").defer(
            *(f"commitment__{name}" for name in commitment_fields_not_shown())
        )
    )


def commitment_fields_not_shown():
    """The commitment's columns a table of assessments never reads (its number, title, plan and
    publication state are all it needs). Listed by exclusion so a new column of another app
    is left out too."""
    shown = {"id", "plan", "number", "publication_state", "published_at", "is_sample", "title"}
    shown |= {f"title_{code}" for code in ("ru", "ky", "en")}
    return [field.name for field in Commitment._meta.concrete_fields if field.name not in shown]


def latest_reports(limit=3):
    return list(Report.objects.published().select_related("plan", "author")[:limit])


def commitment_assessments(commitment):
    """Every published assessment of one commitment, with its report, in one query.

    Only what the comparison and the commitment page read: the verdicts, and the report's
    kind, year, date, title and badge (notes, summaries and the author in every language would
    be most of each row, for nothing).
    """
    return list(
        Assessment.objects.published()
        .filter(commitment=commitment)
        .select_related("report")
        .only(
            "report_id",
            "commitment_id",
            *VALUE_FIELDS,
            "specificity",
            "potential_impact",
            "completion",
            "did_it_open_government",
            "report__kind",
            "report__publication_year",
            "report__publication_date",
            "report__is_sample",
            *(f"report__title_{code}" for code, _name in settings.LANGUAGES),
        )
        .order_by("report__kind", "-report__publication_year", "-report__id")
    )


def eligibility_scores_by_year():
    """[(year, [scores])], newest year first, in one query."""
    groups = {}
    for score in EligibilityScore.objects.published():
        groups.setdefault(score.year, []).append(score)
    return sorted(groups.items(), key=lambda item: item[0], reverse=True)
