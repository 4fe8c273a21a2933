"""Reading reports for the public: published only, related rows fetched in fixed queries."""

from .filters import ReportFilter
from .models import Assessment, EligibilityScore, Report


def filtered_reports(params):
    """The filter form and the reports it selects; an invalid filter leaves the list unfiltered
    (the form then carries the error to show)."""
    queryset = Report.objects.published().for_listing()
    filterset = ReportFilter(params or None, queryset=queryset)
    if filterset.is_bound and not filterset.is_valid():
        return filterset, queryset
    return filterset, filterset.qs


def report_assessments(report):
    """A report's assessments with their commitments (and plans, for links) in one query."""
    return list(report.assessments.select_related("commitment__plan"))


def latest_reports(limit=3):
    return list(Report.objects.published().select_related("plan", "author")[:limit])


def commitment_assessments(commitment):
    """Every published assessment of one commitment, with its report, in one query."""
    return list(
        Assessment.objects.published()
        .filter(commitment=commitment)
        .select_related("report", "report__author")
        .order_by("report__kind", "-report__publication_year", "-report__id")
    )


def eligibility_scores_by_year():
    """[(year, [scores])], newest year first, in one query."""
    groups = {}
    for score in EligibilityScore.objects.published():
        groups.setdefault(score.year, []).append(score)
    return sorted(groups.items(), key=lambda item: item[0], reverse=True)
