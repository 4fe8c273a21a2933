"""Reading the plan for public pages and exports: every query named here, none per row."""

from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, Q, Window
from django.db.models.functions import RowNumber

from directory.models import Organization

from .filters import CommitmentFilter
from .models import (
    ActionPlan,
    Commitment,
    CommitmentPartner,
    Milestone,
    MilestoneCompletion,
    PlanStatus,
    Progress,
    Theme,
    overdue_milestones_q,
)

DEFAULT_ORDERING = ["-plan__number", "number"]


def _published_themes():
    return Prefetch("themes", queryset=Theme.objects.published().only("slug", "name", "order"))


def commitment_rows(queryset=None):
    """Commitments as list rows: plan, lead agency, themes and progress, in three queries."""
    queryset = Commitment.objects.published() if queryset is None else queryset
    return (
        queryset.with_progress()
        .select_related("plan", "lead_agency")
        .prefetch_related(_published_themes())
        .order_by(*DEFAULT_ORDERING)
    )


@dataclass
class CommitmentSearch:
    filterset: CommitmentFilter
    commitments: object  # QuerySet of rows, filtered when the form is valid
    is_filtered: bool


def commitment_search(*, data, request=None, base=None):
    """Apply the list's filters to published commitments.

    A value that is not a valid choice (or not a slug we know) leaves the form with its error
    and the list unfiltered: the visitor sees what went wrong and still gets the commitments.
    """
    base = Commitment.objects.published() if base is None else base
    filterset = CommitmentFilter(data or None, queryset=commitment_rows(base), request=request)
    if filterset.is_bound and filterset.is_valid():
        return CommitmentSearch(filterset, filterset.qs, is_filtered=True)
    return CommitmentSearch(filterset, filterset.queryset, is_filtered=False)


def theme_counts(search):
    """Published themes with how many listed commitments each holds (other filters kept)."""
    if search.is_filtered:
        matching = search.filterset.queryset_without("theme")
    else:
        matching = search.filterset.queryset
    matching_ids = matching.order_by().values("pk")
    return Theme.objects.published().annotate(
        commitment_count=Count("commitments", filter=Q(commitments__in=matching_ids))
    )


def commitment_detail_queryset():
    """Everything the commitment page shows, in a fixed number of queries."""
    return Commitment.objects.select_related(
        "plan",
        "lead_agency",
        "responsible_official__organization",
    ).prefetch_related(
        _published_themes(),
        Prefetch("co_implementers", queryset=Organization.objects.order_by("name")),
        Prefetch(
            "partners",
            queryset=CommitmentPartner.objects.select_related("organization", "person"),
        ),
        Prefetch(
            "milestones",
            queryset=Milestone.objects.order_by("order", "id").prefetch_related("evidence_files"),
        ),
    )


def themes_with_counts():
    return Theme.objects.published().annotate(
        commitment_count=Count(
            "commitments", filter=Q(commitments__in=Commitment.objects.published().values("pk"))
        )
    )


def plan_totals(commitments):
    """How many commitments, and their overall progress, in one aggregate query."""
    totals = commitments.order_by().aggregate(
        count=Count("pk", distinct=True),
        total=Count(
            "milestones",
            filter=~Q(milestones__completion=MilestoneCompletion.CANCELLED),
            distinct=True,
        ),
        completed=Count(
            "milestones",
            filter=Q(milestones__completion=MilestoneCompletion.COMPLETED),
            distinct=True,
        ),
        overdue=Count("milestones", filter=overdue_milestones_q("milestones__"), distinct=True),
        sample=Count("milestones", filter=Q(milestones__is_sample=True), distinct=True),
    )
    progress = Progress(totals["completed"], totals["total"], totals["overdue"], totals["sample"])
    return totals["count"], progress


@dataclass
class ThemeSummary:
    theme: Theme
    commitment_count: int
    progress: Progress
    commitments: list = field(default_factory=list)  # the first few, for a glance


@dataclass
class PlanSummary:
    plan: ActionPlan
    commitment_count: int
    progress: Progress
    themes: list


HOME_COMMITMENTS_PER_THEME = 5


def current_plan():
    """The plan being carried out now: the latest published one in implementation."""
    return (
        ActionPlan.objects.published()
        .filter(status=PlanStatus.IN_IMPLEMENTATION)
        .order_by("-number")
        .first()
    )


def plan_summary(plan):
    """A plan at a glance, by theme: four queries however big the plan is."""
    commitments = Commitment.objects.published().filter(plan=plan)
    commitment_ids = commitments.values("pk")
    in_plan = Q(commitments__in=commitment_ids)
    not_cancelled = ~Q(commitments__milestones__completion=MilestoneCompletion.CANCELLED)
    themes = (
        Theme.objects.published()
        .annotate(
            commitment_count=Count("commitments", filter=in_plan, distinct=True),
            milestones_total=Count(
                "commitments__milestones", filter=in_plan & not_cancelled, distinct=True
            ),
            milestones_completed=Count(
                "commitments__milestones",
                filter=in_plan
                & Q(commitments__milestones__completion=MilestoneCompletion.COMPLETED),
                distinct=True,
            ),
            milestones_sample=Count(
                "commitments__milestones",
                filter=in_plan & Q(commitments__milestones__is_sample=True),
                distinct=True,
            ),
        )
        .filter(commitment_count__gt=0)
    )
    theme_list = list(themes)
    # The first few commitments of each theme, numbered per theme by the database.
    links = (
        Commitment.themes.through.objects.filter(
            theme__in=[theme.pk for theme in theme_list], commitment__in=commitment_ids
        )
        .annotate(
            position=Window(
                RowNumber(), partition_by=[F("theme_id")], order_by=[F("commitment__number")]
            )
        )
        .filter(position__lte=HOME_COMMITMENTS_PER_THEME)
        .select_related("commitment")
        .order_by("theme_id", "position")
    )
    first_commitments = {}
    for link in links:
        link.commitment.plan = plan  # spares a query per link in get_absolute_url()
        first_commitments.setdefault(link.theme_id, []).append(link.commitment)
    summaries = [
        ThemeSummary(
            theme=theme,
            commitment_count=theme.commitment_count,
            progress=Progress(
                theme.milestones_completed,
                theme.milestones_total,
                sample=theme.milestones_sample,
            ),
            commitments=first_commitments.get(theme.pk, []),
        )
        for theme in theme_list
    ]
    count, overall = plan_totals(commitments)
    return PlanSummary(plan=plan, commitment_count=count, progress=overall, themes=summaries)


def export_rows(commitments):
    """Commitments for the exports, with everything a row needs, in a fixed number of queries."""
    return commitments.select_related(
        "responsible_official",
    ).prefetch_related(
        Prefetch("co_implementers", queryset=Organization.objects.order_by("name")),
        Prefetch(
            "partners",
            queryset=CommitmentPartner.objects.select_related("organization", "person"),
        ),
    )


def milestone_rows(commitments):
    return (
        Milestone.objects.filter(commitment__in=commitments.order_by().values("pk"))
        .select_related("commitment__plan")
        .prefetch_related("evidence_files")
        .order_by("-commitment__plan__number", "commitment__number", "order", "id")
    )
