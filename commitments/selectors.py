"""Reading the plan for public pages and exports: every query named here, none per row."""

from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, Q, Sum, Window
from django.db.models.functions import Coalesce, RowNumber
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from directory.models import Organization
from ogp_portal.content_memo import remember, shared_until_content_changes

from .filters import CommitmentFilter, filter_options, published_theme_rows
from .models import (
    ActionPlan,
    Commitment,
    CommitmentPartner,
    Milestone,
    PlanStatus,
    Progress,
    Theme,
)

DEFAULT_ORDERING = ["-plan__number", "number"]


def _published_themes():
    return Prefetch("themes", queryset=Theme.objects.published().only("slug", "name", "order"))


def _translated(field):
    return [f"{field}{suffix}" for suffix in ("", "_ru", "_ky", "_en")]


# What a list row shows (see {% commitment_cards %} and the list's plan headings), and no more:
# the long texts of a commitment page, in three languages, would be most of every row.
ROW_FIELDS = [
    "plan",
    "number",
    "ogp_id",
    *_translated("title"),
    "is_sample",
    "status",
    "lead_agency",
    "counted_milestones",
    "completed_milestones",
    "sample_milestones",
    "open_deadlines",
    "plan__slug",
    "plan__number",
    *_translated("plan__title"),
    "plan__start_date",
    "plan__end_date",
    *_translated("lead_agency__name"),
]


def commitment_rows(queryset=None):
    """Commitments as list rows: plan, lead agency and progress in one query (list_rows()
    adds the themes of a page)."""
    queryset = Commitment.objects.published() if queryset is None else queryset
    return (
        queryset.with_progress()
        .only(*ROW_FIELDS)
        .select_related("plan", "lead_agency")
        .order_by(*DEFAULT_ORDERING)
    )


# Stands for the number in an address reversed once per plan (see commitment_addresses).
_NUMBER_PLACEHOLDER = 987654321


def commitment_addresses(plan_slug):
    """number -> the address of that commitment of the plan, from a single reverse(): lists
    show dozens of commitments, and their addresses differ only in the number."""
    address = reverse(
        "commitments:detail", kwargs={"plan": plan_slug, "number": _NUMBER_PLACEHOLDER}
    )
    head, _placeholder, tail = address.rpartition(str(_NUMBER_PLACEHOLDER))
    return lambda number: f"{head}{number}{tail}"


@dataclass
class ThemeLink:
    """A theme as a list row names it: enough for {% tr theme "name" %} and a link."""

    slug: str
    name_ru: str
    name_ky: str
    name_en: str
    url: str


@shared_until_content_changes
def _published_theme_links():
    """Every published theme as list rows link it, in the themes' order."""
    return {
        theme_id: ThemeLink(*names, url=reverse("commitments:theme", kwargs={"slug": names[0]}))
        for theme_id, *names in published_theme_rows()
    }


def _theme_links(commitment_ids):
    """Each commitment's published themes in their order: one query of ids; the themes
    themselves come from _published_theme_links()."""
    themes = _published_theme_links()
    position = {theme_id: place for place, theme_id in enumerate(themes)}
    links = Commitment.themes.through.objects.filter(commitment_id__in=commitment_ids)
    by_commitment = {}
    for commitment_id, theme_id in links.values_list("commitment_id", "theme_id"):
        if theme_id in themes:  # an unpublished theme is not shown
            by_commitment.setdefault(commitment_id, []).append(theme_id)
    return {
        commitment_id: [themes[theme_id] for theme_id in sorted(ids, key=position.__getitem__)]
        for commitment_id, ids in by_commitment.items()
    }


def list_rows(commitments):
    """A page of commitment_rows() made ready for {% commitment_cards %}, in one more query.

    Each row gets its address (url), its published themes (theme_links), and its plan, shared
    by the rows of that plan, a label ("Plan 2018–2020").
    """
    rows = list(commitments)
    theme_links = _theme_links([commitment.pk for commitment in rows])
    plans = {}
    addresses = {}
    for commitment in rows:
        plan = plans.get(commitment.plan_id)
        if plan is None:
            plan = plans[commitment.plan_id] = commitment.plan
            plan.label = _("Plan %(period)s") % {"period": plan.period}
            addresses[plan.pk] = commitment_addresses(plan.slug)
        commitment.plan = plan
        commitment.url = addresses[plan.pk](commitment.number)
        commitment.theme_links = theme_links.get(commitment.pk, [])
    return rows


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


# The filters that change the counts per theme: not the theme itself (each theme's count is
# what the visitor would get by choosing it), nor sorting or paging.
_FILTERS_COUNTED_PER_THEME = ("q", "plan", "status", "lead_agency", "value", "overdue")


def theme_counts(search):
    """Published themes with how many listed commitments each holds (other filters kept)."""
    filters = _applied_filters(search, _FILTERS_COUNTED_PER_THEME)
    return remember(("commitments.theme_counts", filters), lambda: _count_per_theme(search))


def _applied_filters(search, names):
    """The filters of these names the list applies, as a key: a filter left blank, or a form
    with errors (the list is then unfiltered), counts as none."""
    data = search.filterset.data if search.is_filtered else {}
    return tuple((name, data.get(name)) for name in names if data.get(name))


def commitment_count(search):
    """How many commitments the list shows: the same for every visitor with these filters."""
    filters = _applied_filters(search, (*_FILTERS_COUNTED_PER_THEME, "theme"))
    return remember(("commitments.count", filters), search.commitments.count)


def _count_per_theme(search):
    if search.is_filtered:
        matching = search.filterset.queryset_without("theme")
    else:
        matching = search.filterset.queryset
    matching_ids = matching.order_by().values("pk")
    return tuple(
        Theme.objects.published()
        .only("slug", "name", "order")
        .annotate(commitment_count=Count("commitments", filter=Q(commitments__in=matching_ids)))
    )


def offer_filter_options(filterset, themes):
    """Give the form's selects their options without reading them again: the plans and agencies
    shared by every list, the themes (from theme_counts()) in their order and with their names."""
    options = filter_options()
    for name in ("plan", "lead_agency"):
        field = filterset.form.fields[name]
        field.widget.choices = [("", field.empty_label), *options[name]]
    field = filterset.form.fields["theme"]
    field.widget.choices = [
        ("", field.empty_label),
        *((theme.slug, field.label_from_instance(theme)) for theme in themes),
    ]


def commitment_detail_queryset():
    """The commitment page's commitment, its plan, lead agency and official: one query.

    Progress comes from the counts kept on the commitment (as on the lists), so the page needs
    no milestone instances for it; commitment_detail_lists() reads what the page lists.
    """
    return Commitment.objects.select_related(
        "plan", "lead_agency", "responsible_official"
    ).with_progress()


# The page shows these as text and links only: plain rows skip the model instances, their
# translation descriptors and the prefetch machinery, which cost more than the queries.
_PERSON_FIELDS = [*_translated("full_name"), *_translated("position"), "email", "phone"]


def commitment_detail_lists(commitment):
    """Themes, co-implementers, partners and milestones (with evidence files) as dicts:
    four queries, however long the lists."""
    themes = Theme.objects.published().filter(commitments=commitment)
    co_implementers = Organization.objects.filter(co_implemented_commitments=commitment)
    partners = CommitmentPartner.objects.filter(commitment=commitment)
    milestones = Milestone.objects.filter(commitment=commitment).order_by(
        "order", "id", "evidence_files__id"
    )
    return {
        "themes": [
            theme | {"url": reverse("commitments:theme", kwargs={"slug": theme["slug"]})}
            for theme in themes.values("slug", *_translated("name"))
        ],
        "co_implementers": list(co_implementers.order_by("name").values(*_translated("name"))),
        "partners": list(
            partners.values(
                "kind",
                "person_id",
                "organization_id",
                *(f"person__{name}" for name in _PERSON_FIELDS),
                *(f"organization__{name}" for name in _translated("name")),
            )
        ),
        "milestones": _milestones_with_evidence(
            milestones.values(
                "id",
                *_translated("activity"),
                *_translated("deliverable"),
                "start_date",
                "end_date",
                "completion",
                "evidence_url",
                "is_sample",
                "updated_at",
                "evidence_files__id",
                *(f"evidence_files__{name}" for name in _translated("title")),
                "evidence_files__original_filename",
                "evidence_files__file",
                "evidence_files__size",
            )
        ),
    }


def _milestones_with_evidence(rows):
    """One dict per milestone, its evidence files (a left join's rows) under "evidence"."""
    milestones = []
    own = evidence = None
    for row in rows:
        if own is None:
            own = [key for key in row if not key.startswith("evidence_files__")]
            evidence = [(key, key.removeprefix("evidence_files__")) for key in row]
            evidence = [pair for pair in evidence if pair[0] not in own]
        if not milestones or milestones[-1]["id"] != row["id"]:
            milestone = {key: row[key] for key in own}
            milestone["evidence"] = []
            milestones.append(milestone)
        if row["evidence_files__id"] is not None:
            milestones[-1]["evidence"].append({name: row[key] for key, name in evidence})
    return milestones


def themes_with_counts():
    return Theme.objects.published().annotate(
        commitment_count=Count(
            "commitments", filter=Q(commitments__in=Commitment.objects.published().values("pk"))
        )
    )


def plan_totals(commitments):
    """How many commitments, and their overall progress, in one aggregate query."""
    totals = (
        commitments.order_by()
        .with_progress()
        .with_overdue_count()
        .aggregate(
            count=Count("pk"),
            total=Coalesce(Sum("milestones_total"), 0),
            completed=Coalesce(Sum("milestones_completed"), 0),
            overdue=Coalesce(Sum("milestones_overdue"), 0),
            sample=Coalesce(Sum("milestones_sample"), 0),
        )
    )
    progress = Progress(totals["completed"], totals["total"], totals["overdue"], totals["sample"])
    return totals["count"], progress


@dataclass
class ThemeSummary:
    theme: ThemeLink
    commitment_count: int
    progress: Progress
    commitments: list = field(default_factory=list)  # the first few, for a glance
    url: str = ""

    @property
    def count_label(self):
        return ngettext(
            "%(counter)s commitment", "%(counter)s commitments", self.commitment_count
        ) % {"counter": self.commitment_count}


@dataclass
class CommitmentLink:
    """A commitment as the home page names it: number, title (for {% tr %}) and address."""

    number: int
    title_ru: str
    title_ky: str
    title_en: str
    url: str


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
    """A plan at a glance, by theme: three queries however big the plan is."""
    commitments = Commitment.objects.published().filter(plan=plan)
    commitment_ids = commitments.values("pk")
    # Grouped from the plan's commitments: each appears once per theme, so summing its own
    # counts needs no DISTINCT.
    per_theme = (
        commitments.filter(themes__in=Theme.objects.published())
        .values(
            "themes__id", "themes__slug", "themes__name_ru", "themes__name_ky", "themes__name_en"
        )
        .annotate(
            commitment_count=Count("pk"),
            milestones_total=Sum("counted_milestones"),
            milestones_completed=Sum("completed_milestones"),
            milestones_sample=Sum("sample_milestones"),
        )
        .order_by("themes__order", "themes__slug")
    )
    themes = []
    for row in per_theme:
        slug = row["themes__slug"]
        url = reverse("commitments:theme", kwargs={"slug": slug})
        names = (row["themes__name_ru"], row["themes__name_ky"], row["themes__name_en"])
        themes.append((row["themes__id"], ThemeLink(slug, *names, url=url), row))
    # The first few commitments of each theme, numbered per theme by the database.
    links = (
        Commitment.themes.through.objects.filter(
            theme__in=[theme_id for theme_id, _theme, _row in themes],
            commitment__in=commitment_ids,
        )
        .annotate(
            position=Window(
                RowNumber(), partition_by=[F("theme_id")], order_by=[F("commitment__number")]
            )
        )
        .filter(position__lte=HOME_COMMITMENTS_PER_THEME)
        .order_by("theme_id", "position")
        .values_list(
            "theme_id",
            "commitment__number",
            "commitment__title_ru",
            "commitment__title_ky",
            "commitment__title_en",
        )
    )
    address = commitment_addresses(plan.slug)
    first_commitments = {}
    for theme_id, number, *titles in links:
        link = CommitmentLink(number, *titles, url=address(number))
        first_commitments.setdefault(theme_id, []).append(link)
    summaries = [
        ThemeSummary(
            theme=theme,
            commitment_count=row["commitment_count"],
            progress=Progress(
                row["milestones_completed"],
                row["milestones_total"],
                sample=row["milestones_sample"],
            ),
            commitments=first_commitments.get(theme_id, []),
            url=theme.url,
        )
        for theme_id, theme, row in themes
    ]
    count, overall = plan_totals(commitments)
    return PlanSummary(plan=plan, commitment_count=count, progress=overall, themes=summaries)
