"""The Forum's public pages: every list reads published rows through forum.selectors."""

import re

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.html import format_html_join
from django.views.decorators.http import require_safe

from publishing.pagination import CountedPaginator
from publishing.views import get_visible_or_404, mark_preview, viewer

from . import rows, selectors
from .models import Meeting, Role, Transcript

YEAR = re.compile(r"[1-9][0-9]{3}")
MEETINGS_PER_PAGE = 20
TRANSCRIPTS_PER_PAGE = 20
PART = re.compile(r"[0-9]{1,6}")


@require_safe
def index(request):
    profile = selectors.forum_profile()
    members = list(selectors.current_members())
    seats = selectors.seats_per_side(profile)
    context = {
        "profile": profile,
        "co_chairs": [member for member in members if member.role == Role.CO_CHAIR],
        "sides": selectors.members_by_side(members, seats),
        "next_meeting": selectors.next_meeting(),
        "latest_transcripts": selectors.latest_transcripts(),
    }
    return render(request, "forum/index.html", context)


@require_safe
def members(request):
    profile = selectors.forum_profile()
    seats = selectors.seats_per_side(profile)
    context = {
        "profile": profile,
        "sides": selectors.members_by_side(list(selectors.current_members()), seats),
        "seats": seats,
    }
    return render(request, "forum/members.html", context)


@require_safe
def meetings(request):
    """Upcoming meetings, then past meetings a year at a time (the latest year unless one is
    asked for), newest first, in pages. A year's address never changes; a year without past
    meetings is a 404, and a page number out of range gives the nearest page."""
    years = selectors.past_meeting_years()
    year = chosen_year(request.GET.get("year"), years)
    past_page = None
    if year is not None:
        # The year's count is already known; it spares the paginator a COUNT query.
        paginator = CountedPaginator(
            selectors.past_meetings_of_year(year["year"]), MEETINGS_PER_PAGE, count=year["meetings"]
        )
        past_page = paginator.get_page(request.GET.get("page"))
    context = {
        "upcoming": rows.upcoming_meeting_rows(),
        "years": years,
        "year": year["year"] if year else None,
        "past_page": past_page,
        "past": rows.meeting_rows(past_page) if past_page else [],
    }
    return render(request, "forum/meetings.html", context)


def chosen_year(asked, years):
    """The entry of the year asked for, or of the latest year when none was asked."""
    if asked is None:
        return years[0] if years else None
    for entry in years:
        if YEAR.fullmatch(asked) and entry["year"] == int(asked):
            return entry
    raise Http404("No past meeting in that year.")


@require_safe
def meeting(request, pk):
    meeting = get_visible_or_404(Meeting.objects.select_related("audio"), request, pk=pk)
    transcript = (
        Transcript.objects.visible_to(viewer(request))
        .filter(meeting=meeting)
        .prefetch_related("files")
        .first()
    )
    if transcript is not None:
        transcript.meeting = meeting  # already loaded; spares a query
    context = {
        "meeting": meeting,
        "agenda": selectors.meeting_agenda(meeting),
        "transcript": transcript,
        "audio": getattr(meeting, "audio", None),
    }
    response = render(request, "forum/meeting_detail.html", context)
    return mark_preview(request, response, meeting)


@require_safe
def transcripts(request):
    filterset, years = selectors.transcript_list(request.GET)
    # get_page gives the nearest page for a number out of range, and the first for garbage.
    page = Paginator(filterset.qs, TRANSCRIPTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "filter": filterset,
        "rows": rows.transcript_rows(page),
        "page_obj": page,
        "years": years,
    }
    return render(request, "forum/transcripts.html", context)


@require_safe
def transcript(request, pk):
    """One part of a transcript's text (the first unless ?part= says otherwise).

    A turn's part follows from its number alone, and every part carries an element with the
    id of each turn elsewhere, linking to it: a citation such as #turn-57 made before the text
    was split still lands on its passage. A part number out of range goes to the nearest part;
    one that is not a number is a 404."""
    transcript = get_visible_or_404(
        Transcript.objects.select_related("meeting").prefetch_related("files"), request, pk=pk
    )
    asked = request.GET.get("part")
    if asked is not None and not PART.fullmatch(asked):
        raise Http404("No such part of this transcript.")
    wanted = int(asked) if asked else 1
    parts, turns = selectors.transcript_text(transcript, wanted)
    part = nearest_part(parts, wanted)
    address = transcript.get_absolute_url()
    if asked and (part is None or wanted != part["number"]):
        return redirect(part_url(address, part["number"] if part else 1))
    if part and part["number"] != wanted:  # the text starts past part 1: show where it starts
        parts, turns = selectors.transcript_text(transcript, part["number"])
        part = nearest_part(parts, part["number"])
    for entry in parts:
        entry["url"] = part_url(address, entry["number"])
        entry["current"] = entry is part
        entry["first"], entry["last"] = str(entry["turns"][0]), str(entry["turns"][-1])
        if not entry["current"]:
            # One element per turn of the other parts, joined here: as template loops they
            # were most of the page's rendering time.
            entry["turn_links"] = format_html_join(
                " ",
                '<a id="turn-{0}" href="{1}#turn-{0}">{0}</a>',
                ((number, entry["url"]) for number in entry["turns"]),
            )
    place = parts.index(part) if part else 0
    context = {
        "transcript": transcript,
        "meeting": transcript.meeting,
        "parts": parts,
        "part": part,
        "previous_part": parts[place - 1] if place > 0 else None,
        "next_part": parts[place + 1] if place + 1 < len(parts) else None,
        "turns": turns,
    }
    response = render(request, "forum/transcript_detail.html", context)
    return mark_preview(request, response, transcript)


def nearest_part(parts, number):
    if not parts:
        return None
    return min(parts, key=lambda part: (abs(part["number"] - number), part["number"]))


def part_url(address, number):
    """Part 1 is the transcript's own address, so links made before the split still work."""
    return address if number == 1 else f"{address}?part={number}"


@require_safe
def documents(request):
    return render(request, "forum/documents.html", {"documents": selectors.published_documents()})


@require_safe
def secretariat(request):
    context = {
        "profile": selectors.forum_profile(),
        "members": selectors.secretariat_members(),
        "duties": selectors.secretariat_duties(),
    }
    return render(request, "forum/secretariat.html", context)
