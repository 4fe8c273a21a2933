from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from publishing.downloads import file_download, readable_filename
from publishing.views import get_visible_or_404, mark_preview

from .charts import eligibility_chart
from .feeds import feed_url
from .models import Report
from .rules import ELIGIBILITY_THRESHOLD_PERCENT
from .selectors import eligibility_scores_by_year, filtered_reports, report_assessments

REPORTS_PER_PAGE = 20


@require_GET
def report_list(request):
    filterset, reports = filtered_reports(request.GET)
    page = Paginator(reports, REPORTS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "reports/list.html",
        {
            "filter": filterset,
            "form_has_errors": bool(filterset.is_bound and filterset.errors),
            "page": page,
            "reports": page.object_list,
            "query_without_page": query.urlencode(),
            "feed_url": feed_url(get_language()),
        },
    )


@require_GET
def report_detail(request, pk):
    report = get_visible_or_404(Report.objects.for_listing(), request, pk=pk)
    response = render(
        request,
        "reports/report.html",
        {"report": report, "assessments": report_assessments(report)},
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
