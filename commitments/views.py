"""Public pages of the action plan: lists, a commitment, themes, plans, exports, downloads."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from publishing.downloads import file_download, readable_filename
from publishing.filtersets import drawn_fields
from publishing.pagination import CountedPaginator
from publishing.views import get_visible_or_404, mark_preview, viewer

from . import exports, selectors
from .models import ActionPlan, ActionPlanDocument, Commitment, MilestoneEvidence, Theme
from .sections import commitment_sections

COMMITMENTS_PER_PAGE = 20


def paginate(request, rows, per_page=COMMITMENTS_PER_PAGE):
    """A page of rows; a page number that is not a number gives page 1, too big the last one."""
    return Paginator(rows, per_page).get_page(request.GET.get("page"))


@require_GET
def commitment_list(request):
    search = selectors.commitment_search(data=request.GET, request=request)
    themes = selectors.theme_counts(search)
    paginator = CountedPaginator(
        search.commitments, COMMITMENTS_PER_PAGE, count=selectors.commitment_count(search)
    )
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "commitments/commitment_list.html",
        {
            "filter_fields": drawn_fields(
                search.filterset,
                "commitments/_filter_fields.html",
                prepare=lambda: selectors.offer_filter_options(search.filterset, themes),
            ),
            "filters_invalid": search.filterset.is_bound and not search.is_filtered,
            "is_filtered": search.is_filtered,
            "group_by_plan": search.filterset.sorted_by_plan,
            "page_obj": page,
            "commitments": selectors.list_rows(page.object_list),
            "theme_links": _theme_filter_links(request, themes),
            "chosen_theme": request.GET.get("theme", ""),
        },
    )


def _theme_filter_links(request, themes):
    """(theme, address) for the counts per theme: this list's filters with that theme, on its
    first page, as {% querystring theme=… page=None %} writes it (ten of those cost more
    than the list's own query). The themes are shared by requests: they are left as they are."""
    params = request.GET.copy()
    params.pop("page", None)
    links = []
    for theme in themes:
        params["theme"] = theme.slug
        links.append((theme, f"?{params.urlencode()}"))
    return links


@require_GET
def commitment_detail(request, plan, number):
    commitment = get_visible_or_404(
        selectors.commitment_detail_queryset(), request, plan__slug=plan, number=number
    )
    context = {"commitment": commitment, "progress": commitment.progress}
    context.update(selectors.commitment_detail_lists(commitment))
    context.update(commitment_sections(commitment))
    response = render(request, "commitments/commitment_detail.html", context)
    return mark_preview(request, response, commitment)


@require_GET
def plan_detail(request, plan):
    action_plan = get_visible_or_404(
        ActionPlan.objects.prefetch_related("documents"), request, slug=plan
    )
    commitments = Commitment.objects.visible_to(viewer(request)).filter(plan=action_plan)
    count, progress = selectors.plan_totals(commitments)
    page = paginate(request, selectors.commitment_rows(commitments))
    response = render(
        request,
        "commitments/plan_detail.html",
        {
            "plan": action_plan,
            "commitment_count": count,
            "progress": progress,
            "page_obj": page,
            "commitments": selectors.list_rows(page.object_list),
        },
    )
    return mark_preview(request, response, action_plan)


@require_GET
def plan_document(request, plan, language):
    document = ActionPlanDocument.objects.filter(
        plan__in=ActionPlan.objects.visible_to(viewer(request)), plan__slug=plan, language=language
    ).first()
    if document is None:
        raise Http404(_("This file is not available."))
    filename = readable_filename(
        "ogp-kg-action-plan", document.plan.slug, language, extension=document.extension
    )
    return file_download(document, filename)


@require_GET
def evidence_download(request, pk):
    evidence = (
        MilestoneEvidence.objects.filter(
            milestone__commitment__in=Commitment.objects.visible_to(viewer(request)), pk=pk
        )
        .select_related("milestone__commitment__plan")
        .first()
    )
    if evidence is None:
        raise Http404(_("This file is not available."))
    commitment = evidence.milestone.commitment
    filename = readable_filename(
        "ogp-kg-evidence",
        commitment.plan.slug,
        commitment.number,
        evidence.milestone.order,
        evidence.pk,
        extension=evidence.extension,
    )
    return file_download(evidence, filename)


@require_GET
def theme_list(request):
    return render(
        request, "commitments/theme_list.html", {"themes": selectors.themes_with_counts()}
    )


@require_GET
def theme_detail(request, slug):
    theme = get_visible_or_404(Theme.objects, request, slug=slug)
    commitments = Commitment.objects.published().filter(themes=theme)
    page = paginate(request, selectors.commitment_rows(commitments))
    response = render(
        request,
        "commitments/theme_detail.html",
        {
            "theme": theme,
            "page_obj": page,
            "commitments": selectors.list_rows(page.object_list),
            "other_themes": Theme.objects.published().exclude(pk=theme.pk).only("slug", "name"),
        },
    )
    return mark_preview(request, response, theme)


def _filtered_for_export(request):
    """The list's filters for an export; an invalid one is a 400, never a silent full export."""
    search = selectors.commitment_search(data=request.GET, request=request)
    if search.filterset.is_bound and not search.is_filtered:
        problems = "; ".join(
            f"{search.filterset.form.fields[name].label}: {' '.join(errors)}"
            for name, errors in search.filterset.form.errors.items()
        )
        message = _("The filters are not valid: %(problems)s") % {"problems": problems}
        return None, HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    return search, None


@require_GET
def export_commitments(request, extension):
    search, error = _filtered_for_export(request)
    if error:
        return error
    if extension == "csv":
        return exports.commitments_csv_response(
            search.commitments, request.build_absolute_uri, narrowed=search.is_filtered
        )
    records = exports.commitment_records(search.commitments, request.build_absolute_uri)
    return exports.json_response(records, "commitments", "commitments")


@require_GET
def export_milestones(request, extension):
    search, error = _filtered_for_export(request)
    if error:
        return error
    records = exports.milestone_records(search.commitments, request.build_absolute_uri)
    if extension == "csv":
        return exports.csv_response(records, exports.MILESTONE_COLUMNS, "milestones")
    return exports.json_response(records, "milestones", "milestones")
