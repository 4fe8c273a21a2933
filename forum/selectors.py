"""What the public pages and feeds read: published rows, with their related rows named."""

import django_filters
from django.conf import settings
from django.db.models import Case, Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery, When
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from commitments.models import Commitment
from ogp_portal.content_memo import shared_until_content_changes
from publishing.translation import current_language

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


def translated(field):
    """A translated field's columns in every language, for .only()."""
    return [f"{field}_{code}" for code in settings.MODELTRANSLATION_LANGUAGES]


# What a row of the meetings list shows, in every language (a missing one falls back to Russian).
MEETING_ROW_FIELDS = (
    "id",
    "number",
    "starts_at",
    "status",
    "is_sample",
    *translated("topic"),
    *translated("place"),
)


def upcoming_meetings():
    """Planned meetings still to come, soonest first: few, so every meetings page shows them."""
    return (
        Meeting.objects.published()
        .filter(status=MeetingStatus.PLANNED, starts_at__gte=timezone.now())
        .only(*MEETING_ROW_FIELDS)
        .order_by("starts_at")
    )


def past_meetings():
    """Meetings that were held, cancelled, or planned for a date already gone."""
    return Meeting.objects.published().exclude(
        status=MeetingStatus.PLANNED, starts_at__gte=timezone.now()
    )


@shared_until_content_changes
def past_meeting_years():
    """Each year (Bishkek time) that has past meetings, newest first, with how many."""
    return tuple(
        past_meetings()
        .annotate(year=ExtractYear("starts_at"))
        .values("year")
        .annotate(meetings=Count("pk"))
        .order_by("-year")
    )


def agenda_item_count():
    return Subquery(
        AgendaItem.objects.filter(meeting=OuterRef("pk"))
        .order_by()
        .values("meeting")
        .annotate(items=Count("pk"))
        .values("items"),
        output_field=IntegerField(),
    )


def past_meetings_of_year(year):
    """One year's past meetings, newest first, each with its agenda size and transcript id.
    The year is Bishkek time; the lookup becomes a range on the indexed start."""
    return (
        past_meetings()
        .filter(starts_at__year=year)
        .only(*MEETING_ROW_FIELDS)
        .annotate(agenda_count=agenda_item_count(), transcript_id=published_transcript_id())
        .order_by("-starts_at")
    )


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
            # Only what the agenda shows: a commitment's long texts would be most of the rows.
            queryset=Commitment.objects.published()
            .select_related("plan")
            .only("id", "number", "is_sample", "plan__slug", *translated("title")),
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
    queryset = (
        published_transcripts()
        .only(
            "id",
            "is_sample",
            "meeting__number",
            "meeting__starts_at",
            *translated("meeting__topic"),
            *translated("summary"),
        )
        .prefetch_related("files")
        .order_by("-meeting__starts_at", "pk")
    )
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


TURNS_PER_PART = 20


def part_of_turn(number):
    """The part that holds a turn: fixed by its number alone, so a citation's part never moves."""
    return max(number - 1, 0) // TURNS_PER_PART + 1


def _part_bounds(part):
    """The lowest and highest turn number a part can hold (a turn No. 0 is in part 1)."""
    return ((part - 1) * TURNS_PER_PART + 1 if part > 1 else 0), part * TURNS_PER_PART


def transcript_text(transcript, part):
    """(parts, turns): the parts that hold turns, in order, each with its number and its turns'
    numbers; and the turns of `part` (none if it holds none), as rows with their number and
    their speaker and text in the visitor's language and in Russian (what tr_row() reads).

    One query: every turn's number, with the speaker and text of the part's turns only (the
    other languages' text, and the other parts', are most of a long transcript's weight).
    """
    language = current_language()
    fields = dict.fromkeys((f"speaker_{language}", "speaker_ru", f"text_{language}", "text_ru"))
    lowest, highest = _part_bounds(part)
    in_part = Q(number__gte=lowest, number__lte=highest)
    shown = {f"shown_{name}": Case(When(in_part, then=F(name))) for name in fields}
    parts, turns = {}, []
    for row in transcript.turns.order_by("number").values("number", **shown):
        number = row["number"]
        holder = part_of_turn(number)
        parts.setdefault(holder, []).append(number)
        if holder == part:
            turns.append({"number": number} | {name: row[f"shown_{name}"] for name in fields})
    parts = [{"number": holder, "turns": numbers} for holder, numbers in parts.items()]
    return parts, turns


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
    """Published meetings (not cancelled) whose agenda pointed at a commitment, newest first,
    each with those agenda items in their order (matching_agenda_items): one query.

    The commitment page shows a meeting's number, date, status and badge, and the items'
    titles: the agenda items are read with their meeting and only these columns.
    """
    items = (
        AgendaItem.objects.filter(
            commitments=commitment,
            meeting__in=Meeting.objects.published().exclude(status=MeetingStatus.CANCELLED),
        )
        .select_related("meeting")
        .only(
            "meeting_id",
            "order",
            *(f"title_{code}" for code, _name in settings.LANGUAGES),
            "meeting__number",
            "meeting__starts_at",
            "meeting__status",
            "meeting__is_sample",
        )
        .order_by("-meeting__starts_at", "meeting_id", "order")
    )
    meetings = {}
    for item in items:
        meeting = meetings.get(item.meeting_id)
        if meeting is None:
            meeting = meetings[item.meeting_id] = item.meeting
            meeting.matching_agenda_items = []
        meeting.matching_agenda_items.append(item)
    return list(meetings.values())
