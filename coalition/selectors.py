"""Reading the Coalition for public pages and exports, in a fixed number of queries."""

from django.conf import settings
from django.db.models import CharField, Count, F, Prefetch, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.translation import get_language

from commitments.models import Commitment, Theme

from .filters import MemberFilter
from .models import CoalitionInfo, Member, MemberKind, Partner, Region


def current_language():
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def published_commitments():
    return Commitment.objects.published().select_related("plan").order_by("plan__number", "number")


def published_members():
    """Published members, alphabetical in the visitor's language, themes and commitments ready."""
    language = current_language()
    display_name = Coalesce(
        NullIf(F(f"name_{language}"), Value("")), F("name_ru"), output_field=CharField()
    )
    return (
        Member.objects.published()
        .select_related("organization")
        .prefetch_related(
            Prefetch("themes", queryset=Theme.objects.published().order_by("order", "slug")),
            Prefetch("commitments", queryset=published_commitments()),
        )
        .annotate(display_name=display_name)
        .order_by(Lower("display_name"), "id")
    )


def member_list(*, params):
    """The filter set and the members it selects; invalid filters leave the list unfiltered."""
    filterset = MemberFilter(params or None, queryset=published_members())
    if filterset.is_bound and not filterset.is_valid():
        return filterset, published_members()
    return filterset, filterset.qs


def _counted(queryset, field, choices):
    counts = {
        row[field]: row["count"] for row in queryset.values(field).annotate(count=Count("id"))
    }
    rows = [
        {"value": value, "label": label, "count": counts[value]}
        for value, label in choices
        if counts.get(value)
    ]
    if counts.get(""):
        rows.append({"value": "", "label": None, "count": counts[""]})
    return rows


def member_counts():
    """How many published members there are, per region and per kind: two queries.

    Every member has a kind, so the kinds' counts add up to the total.
    """
    published = Member.objects.published().order_by()
    by_kind = _counted(published, "kind", MemberKind.choices)
    return {
        "total": sum(row["count"] for row in by_kind),
        "by_region": _counted(published, "region", Region.choices),
        "by_kind": by_kind,
    }


def coalition_info():
    """The published description of the Coalition with its directions, or None."""
    return CoalitionInfo.objects.published().prefetch_related("directions").order_by("id").first()


def published_partners():
    return (
        Partner.objects.published()
        .select_related("organization")
        .prefetch_related(Prefetch("commitments", queryset=published_commitments()))
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
            queryset=Commitment.objects.select_related("plan"),
        ),
    )
