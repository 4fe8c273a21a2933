"""What the public pages and feeds read: published rows, with their related rows named."""

from collections import OrderedDict

import django_filters
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from commitments.models import Commitment

from .models import (
    AgendaItem,
    Document,
    ForumProfile,
    Meeting,
    MeetingStatus,
    Member,
    Role,
    SecretariatDuty,
    SecretariatMember,
    Side,
    Transcript,
    TranscriptFile,
)


def forum_profile():
    return ForumProfile.objects.published().select_related("founding_act_signed_by").first()


def seats_per_side(profile):
    return (
        profile.seats_per_side
        if profile
        else ForumProfile._meta.get_field("seats_per_side").default
    )


def current_members():
    return (
        Member.objects.published()
        .current()
        .in_display_order()
        .select_related("person", "person__organization", "organization")
    )


def co_chairs():
    return current_members().filter(role=Role.CO_CHAIR)


def members_by_side(members, seats):
    """Each side with its members (co-chairs first) and how many of its seats are filled."""
    sides = []
    for side in Side:
        side_members = [member for member in members if member.side == side]
        filled = sum(1 for member in side_members if member.fills_a_seat)
        sides.append(
            {
                "side": side,
                "label": side.label,
                "members": side_members,
                "filled": filled,
                "seats": seats,
                "vacant": max(seats - filled, 0),
            }
        )
    return sides


def published_transcripts():
    return Transcript.objects.published().select_related("meeting")


def published_transcript_id():
    """The id of a meeting's published transcript, for a list that only links to it."""
    return Subquery(Transcript.objects.published().filter(meeting=OuterRef("pk")).values("pk")[:1])


def meeting_list():
    return (
        Meeting.objects.published()
        .annotate(
            agenda_count=Count("agenda_items", distinct=True),
            transcript_id=published_transcript_id(),
        )
        .order_by("-starts_at")
    )


def split_meetings(meetings):
    """Upcoming meetings soonest first, then the rest grouped by year, newest first."""
    now = timezone.now()
    upcoming = []
    by_year = OrderedDict()
    for meeting in meetings:
        if meeting.status == MeetingStatus.PLANNED and meeting.starts_at >= now:
            upcoming.append(meeting)
        else:
            by_year.setdefault(meeting.local_start.year, []).append(meeting)
    upcoming.sort(key=lambda meeting: meeting.starts_at)
    return upcoming, list(by_year.items())


def next_meeting():
    return (
        Meeting.objects.published()
        .filter(status=MeetingStatus.PLANNED, starts_at__gte=timezone.now())
        .order_by("starts_at")
        .first()
    )


def meeting_agenda(meeting):
    return meeting.agenda_items.prefetch_related(
        Prefetch(
            "commitments",
            queryset=Commitment.objects.published().select_related("plan"),
            to_attr="public_commitments",
        )
    ).order_by("order", "id")


def latest_transcripts(limit=3, with_files=True):
    transcripts = published_transcripts().order_by("-meeting__starts_at")
    if with_files:
        transcripts = transcripts.prefetch_related("files")
    return transcripts[:limit]


def transcript_years():
    return list(
        published_transcripts()
        .annotate(year=ExtractYear("meeting__starts_at"))
        .values_list("year", flat=True)
        .distinct()
        .order_by("-year")
    )


class TranscriptFilter(django_filters.FilterSet):
    year = django_filters.ChoiceFilter(
        label=_("Year"), method="filter_year", empty_label=_("All years")
    )

    class Meta:
        model = Transcript
        fields = ["year"]

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]

    def filter_year(self, queryset, name, value):
        # The year of the meeting, in Bishkek time (the site's time zone).
        return queryset.filter(meeting__starts_at__year=int(value))


def transcript_list(params):
    """The transcript list and its filter; an invalid filter leaves the list unfiltered."""
    years = transcript_years()
    queryset = published_transcripts().prefetch_related("files").order_by("-meeting__starts_at")
    filterset = TranscriptFilter(params or None, queryset=queryset, years=years)
    return filterset, years


def transcripts_of_year(year):
    return list(
        TranscriptFile.objects.filter(
            transcript__in=published_transcripts().filter(meeting__starts_at__year=year)
        )
        .select_related("transcript__meeting")
        .order_by("transcript__meeting__starts_at", "language")
    )


def transcript_turns(transcript):
    return transcript.turns.select_related("person").order_by("number")


def published_documents():
    return Document.objects.published().prefetch_related("files")


def secretariat_members():
    return SecretariatMember.objects.published().select_related("person")


def secretariat_duties():
    return SecretariatDuty.objects.published()


def meetings_for_calendar():
    return Meeting.objects.published().prefetch_related(
        Prefetch("agenda_items", queryset=AgendaItem.objects.order_by("order", "id"))
    )


def meetings_discussing(commitment):
    """Published meetings (not cancelled) whose agenda pointed at a commitment, newest first."""
    return list(
        Meeting.objects.published()
        .exclude(status=MeetingStatus.CANCELLED)
        .filter(agenda_items__commitments=commitment)
        .distinct()
        .order_by("-starts_at")
        .prefetch_related(
            Prefetch(
                "agenda_items",
                queryset=AgendaItem.objects.filter(commitments=commitment).order_by("order"),
                to_attr="matching_agenda_items",
            )
        )
    )
