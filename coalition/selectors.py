"""Reading the Coalition for public pages and exports, in a fixed number of queries."""

from collections import Counter
from types import SimpleNamespace

from django.db.models import Count, Prefetch, Q
from django.urls import NoReverseMatch, reverse

from commitments.models import Commitment, Theme
from ogp_portal.content_memo import shared_until_content_changes
from publishing.templatetags.portal import sample_badge, tr_row
from publishing.translation import current_language

from .filters import MemberFilter
from .models import (
    CoalitionInfo,
    Member,
    MemberKind,
    Partner,
    PartnerRole,
    Region,
    member_display_name,
    member_sort_key,
)

# What the Coalition's pages and exports show of a commitment: its number, title and plan.
# Only these columns are read; a commitment's long texts stay in the database.
COMMITMENT_FIELDS = (
    "id",
    "publication_state",
    "published_at",
    "number",
    "title_ru",
    "title_ky",
    "title_en",
    "plan__id",
    "plan__slug",
    "plan__number",
    "plan__start_date",
    "plan__end_date",
)


def published_commitments():
    return (
        Commitment.objects.published()
        .select_related("plan")
        .only(*COMMITMENT_FIELDS)
        .order_by("plan__number", "number")
    )


def published_members(*, with_themes=True, with_commitments=False):
    """Published members, alphabetical in the visitor's language.

    The order is the expression an index holds for each language, so a page of the list is
    read from the index instead of sorting every member. The exports also want the themes
    and commitments as objects; the list page reads its themes with theme_names_by_member().
    """
    language = current_language()
    members = (
        Member.objects.published()
        .annotate(display_name=member_display_name(language))
        .order_by(member_sort_key(language), "id")
    )
    if with_themes:
        members = members.prefetch_related(
            Prefetch("themes", queryset=Theme.objects.published().order_by("order", "slug"))
        )
    if with_commitments:
        members = members.prefetch_related(
            Prefetch("commitments", queryset=published_commitments())
        )
    return members


def theme_names_by_member(member_ids):
    """{member id: [names of its published themes, in their order]}, in one query.

    Plain values rather than a prefetch: a page of the list shows only the names, and building
    a related manager and theme objects per member costs more than the query itself.
    """
    language = current_language()
    pairs = (
        Member.themes.through.objects.filter(
            member_id__in=member_ids,
            theme__in=Theme.objects.published(),
        )
        .order_by("theme__order", "theme__slug")
        .values("member_id", "theme__name_ru", f"theme__name_{language}")
    )
    names = {}
    for pair in pairs:
        name = pair[f"theme__name_{language}"] or pair["theme__name_ru"]
        names.setdefault(pair["member_id"], []).append(name)
    return names


def member_list(*, params, for_export=False):
    """The filter set and the members it selects; invalid filters leave the list unfiltered."""
    members = published_members(with_themes=for_export, with_commitments=for_export)
    filterset = MemberFilter(params or None, queryset=members)
    if filterset.is_bound and not filterset.is_valid():
        return filterset, members
    return filterset, filterset.qs


def _rows(counts, choices):
    rows = [
        {"value": value, "label": label, "count": counts[value]}
        for value, label in choices
        if counts.get(value)
    ]
    if counts.get(""):
        rows.append({"value": "", "label": None, "count": counts[""]})
    return rows


def member_counts(matching=None):
    """How many published members there are, per region and per kind, in one query.

    Unfiltered, every visitor gets the same counts: kept until the content changes.

    `matching` is the filtered list, if the visitor filtered it: its size is counted in the
    same pass, so the paginator needs no COUNT of its own. Every member has a kind, so the
    kinds' counts add up to the total.
    """
    if matching is None:
        return _all_member_counts()
    return _count_members(matching)


@shared_until_content_changes
def _all_member_counts():
    return _count_members(None)


def _count_members(matching):
    aggregates = {"count": Count("id")}
    if matching is not None:
        aggregates["matching"] = Count("id", filter=Q(id__in=matching.order_by().values("id")))
    groups = Member.objects.published().order_by().values("kind", "region").annotate(**aggregates)
    by_kind, by_region = Counter(), Counter()
    total = matched = 0
    for group in groups:
        by_kind[group["kind"]] += group["count"]
        by_region[group["region"]] += group["count"]
        total += group["count"]
        matched += group.get("matching", group["count"])
    return {
        "total": total,
        "matching": matched,
        "by_region": _rows(by_region, Region.choices),
        "by_kind": _rows(by_kind, MemberKind.choices),
    }


@shared_until_content_changes
def coalition_info():
    """The published description of the Coalition with its directions, or None."""
    return CoalitionInfo.objects.published().prefetch_related("directions").order_by("id").first()


@shared_until_content_changes
def published_partners():
    """The partner cards: name, role, sample badge and published commitments (with links).

    Two queries of plain values: a partner card shows a few texts, and building partner,
    organization and commitment objects for them cost more than the queries.
    """
    language = current_language()
    roles = {value: str(label) for value, label in PartnerRole.choices}
    partners = list(
        Partner.objects.published().values(
            "id", "role", "is_sample", "organization__name_ru", f"organization__name_{language}"
        )
    )
    links = (
        Partner.commitments.through.objects.filter(
            partner_id__in=[partner["id"] for partner in partners],
            commitment__in=Commitment.objects.published(),
        )
        .order_by("commitment__plan__number", "commitment__number")
        .values(
            "partner_id",
            "commitment__number",
            "commitment__plan__slug",
            "commitment__title_ru",
            f"commitment__title_{language}",
        )
    )
    by_partner = {}
    for link in links:
        try:
            url = reverse(
                "commitments:detail",
                kwargs={
                    "plan": link["commitment__plan__slug"],
                    "number": link["commitment__number"],
                },
            )
        except NoReverseMatch:  # its app publishes no page for it (yet)
            url = ""
        by_partner.setdefault(link["partner_id"], []).append(
            {
                "url": url,
                "number": link["commitment__number"],
                "title": tr_row(link, "commitment__title", language),
            }
        )
    badge = sample_badge(SimpleNamespace(is_sample=True))
    return tuple(
        {
            "name": tr_row(partner, "organization__name", language),
            "badge": badge if partner["is_sample"] else "",
            "role": roles.get(partner["role"], partner["role"]),
            "commitments": by_partner.get(partner["id"], []),
        }
        for partner in partners
    )


def member_detail_queryset():
    return Member.objects.select_related(
        "organization", "profile", "profile__director"
    ).prefetch_related(
        Prefetch("themes", queryset=Theme.objects.published().order_by("order", "slug")),
        Prefetch("commitments", queryset=published_commitments()),
        "profile__directions",
        Prefetch(
            "profile__initiatives__commitment",
            queryset=Commitment.objects.select_related("plan").only(*COMMITMENT_FIELDS),
        ),
    )
