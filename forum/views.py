"""The Forum's public pages: every list reads published rows through forum.selectors."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from publishing.views import get_visible_or_404, mark_preview, viewer

from . import selectors
from .models import Meeting, Role, Transcript


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
    upcoming, past_by_year = selectors.split_meetings(selectors.meeting_list())
    return render(
        request, "forum/meetings.html", {"upcoming": upcoming, "past_by_year": past_by_year}
    )


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
    context = {"filter": filterset, "transcripts": filterset.qs, "years": years}
    return render(request, "forum/transcripts.html", context)


@require_safe
def transcript(request, pk):
    transcript = get_visible_or_404(
        Transcript.objects.select_related("meeting").prefetch_related("files"), request, pk=pk
    )
    context = {
        "transcript": transcript,
        "meeting": transcript.meeting,
        "turns": selectors.transcript_turns(transcript),
    }
    response = render(request, "forum/transcript_detail.html", context)
    return mark_preview(request, response, transcript)


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
