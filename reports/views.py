from contextlib import suppress

from django.http import Http404
from django.shortcuts import render
from django.urls import NoReverseMatch
from django.utils.formats import date_format
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from publishing.downloads import file_download, readable_filename
from publishing.pagination import CountedPaginator
from publishing.templatetags.portal import sample_badge, tr
from publishing.views import get_visible_or_404, mark_preview

from . import rules
from .charts import eligibility_chart
from .choices import Completion, OpenedGovernment, PotentialImpact, ReportKind, Specificity
from .feeds import feed_url
from .models import STAR_CONDITION_LABELS, VALUE_FIELDS, VALUE_LABELS, Report
from .rules import ELIGIBILITY_THRESHOLD_PERCENT
from .selectors import eligibility_scores_by_year, filtered_reports, report_assessments

REPORTS_PER_PAGE = 20


def report_rows(reports):
    """What each item of the list shows, worked out once here rather than by template tags
    and lazy labels per item."""
    kinds = {value: str(label) for value, label in ReportKind.choices}
    badge = None  # the same markup on every sample report
    rows = []
    for report in reports:
        if report.is_sample and badge is None:
            badge = sample_badge(report)
        published = report.publication_date
        summary = tr(report, "summary") if report.summary else ""
        if summary:
            # As the truncatewords_html filter: a summary shown in Russian keeps its marker.
            shortened = Truncator(summary).words(40, html=True, truncate=" …")
            summary = mark_safe(shortened) if isinstance(summary, SafeData) else shortened
        rows.append(
            {
                "report": report,
                "url": report.get_absolute_url(),
                "title": tr(report, "title"),
                "badge": badge if report.is_sample else "",
                "kind": kinds.get(report.kind, report.kind),
                "published_iso": published.isoformat() if published else "",
                "published_shown": date_format(published, "DATE_FORMAT") if published else "",
                "author": tr(report.author, "name") if report.author else "",
                "summary": summary,
                "files": report.files_in_order,
            }
        )
    return rows


@require_GET
def report_list(request):
    filterset, reports, count = filtered_reports(request.GET)
    page = CountedPaginator(reports, REPORTS_PER_PAGE, count=count).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "reports/list.html",
        {
            "filter": filterset,
            "form_has_errors": bool(filterset.is_bound and filterset.errors),
            "page": page,
            "reports": report_rows(page.object_list),
            "feed_url": feed_url(get_language()),
        },
    )


def _labels(choices):
    """{value: label} in the visitor's language, translated once per page, not once per cell."""
    return {value: str(label) for value, label in choices}


def assessment_rows(assessments):
    """What each row of a report's table of assessments shows, worked out once here.

    The same facts as the model's properties (the star comes from rules.star_conditions), but
    with every label translated once per page: a report assesses dozens of commitments, and
    get_FOO_display() and lazy labels per cell cost more than the rest of the page.
    """
    specificity = _labels(Specificity.choices)
    impact = _labels(PotentialImpact.choices)
    completion = _labels(Completion.choices)
    opened = _labels(OpenedGovernment.choices)
    values = {name: str(VALUE_LABELS[name]) for name in VALUE_FIELDS}
    unmet_labels = {key: str(label) for key, label in STAR_CONDITION_LABELS.items()}
    lenient_impact_label = _("potential impact is not moderate or transformative")
    rows = []
    for assessment in assessments:
        commitment = assessment.commitment
        url = ""
        if commitment.is_published():
            with suppress(NoReverseMatch):  # its app publishes no page for it (yet)
                url = commitment.get_absolute_url()
        conditions = rules.star_conditions(assessment)
        lenient = assessment.report.publication_year < rules.LENIENT_IMPACT_BEFORE_YEAR
        rows.append(
            {
                "assessment": assessment,
                "url": url,
                "number": commitment.number,
                "title": tr(commitment, "title"),
                "specificity": specificity.get(assessment.specificity, assessment.specificity),
                "values": ", ".join(
                    values[name] for name in VALUE_FIELDS if getattr(assessment, name)
                ),
                "impact": impact.get(assessment.potential_impact, assessment.potential_impact),
                "completion": completion.get(assessment.completion, assessment.completion),
                "opened": opened.get(
                    assessment.did_it_open_government, assessment.did_it_open_government or ""
                ),
                "starred": all(conditions.values()),
                "unmet": "; ".join(
                    lenient_impact_label
                    if key == "potential_impact" and lenient
                    else unmet_labels[key]
                    for key, met in conditions.items()
                    if not met
                ),
            }
        )
    return rows


@require_GET
def report_detail(request, pk):
    report = get_visible_or_404(Report.objects.for_listing(), request, pk=pk)
    response = render(
        request,
        "reports/report.html",
        {"report": report, "assessments": assessment_rows(report_assessments(report))},
    )
    return mark_preview(request, response, report)


@require_GET
def eligibility(request):
    years = [
        {"year": year, "scores": scores, "chart": eligibility_chart(scores)}
        for year, scores in eligibility_scores_by_year()
    ]
    return render(
        request,
        "reports/eligibility.html",
        {"years": years, "threshold": ELIGIBILITY_THRESHOLD_PERCENT},
    )


@require_GET
def report_file_download(request, pk, language, extension):
    """/reports/<id>/<language>.<extension>: the same address for as long as the file stays."""
    report = get_visible_or_404(Report.objects, request, pk=pk)
    stored = report.files.filter(language=language).first()
    if stored is None or stored.extension != extension:
        raise Http404(_("This file is not available."))
    filename = readable_filename(
        "ogp-kg-report",
        report.pk,
        report.kind.replace("_", "-"),
        report.publication_year,
        language,
        extension=stored.extension,
    )
    return mark_preview(request, file_download(stored, filename), report)
