"""Rows of the Forum's long lists, formatted once in Python per page.

A meetings page prints dozens of rows; resolving each row's URL, date formats and translated
fields in the template cost about a millisecond a row. Here the formats and URL prefixes are
looked up once per page and each row becomes a plain dict, which the template only prints.
"""

from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.formats import get_format
from django.utils.translation import gettext, ngettext

from ogp_portal.content_memo import shared_until_content_changes
from publishing.templatetags.portal import sample_badge, tr

from . import selectors
from .models import MeetingStatus


@shared_until_content_changes
def upcoming_meeting_rows():
    """The same for every visitor: kept until the content changes (or a minute passes)."""
    return tuple(meeting_rows(selectors.upcoming_meetings()))


def meeting_rows(meetings):
    """The list's rows for these meetings, in the order given."""
    date_format = get_format("DATE_FORMAT")
    time_format = get_format("TIME_FORMAT")
    # Every meeting's address is this prefix and its id, as in forum/urls.py.
    meeting_prefix = reverse("forum:meetings")
    transcript_prefix = reverse("forum:transcripts")
    status_labels = dict(MeetingStatus.choices)
    badge = None  # the same markup for every sample row, so built once
    rows = []
    for meeting in meetings:
        starts_at = timezone.localtime(meeting.starts_at)
        starts = dateformat.DateFormat(starts_at)
        if meeting.is_sample and badge is None:
            badge = sample_badge(meeting)
        agenda_count = getattr(meeting, "agenda_count", None)
        transcript_id = getattr(meeting, "transcript_id", None)
        rows.append(
            {
                "url": f"{meeting_prefix}{meeting.pk}/",
                "title": gettext("Meeting No. %(number)s") % {"number": meeting.number},
                "badge": badge if meeting.is_sample else "",
                "datetime": starts_at.isoformat(),
                "when": f"{starts.format(date_format)}, {starts.format(time_format)}",
                "topic": tr(meeting, "topic"),
                "place": tr(meeting, "place"),
                "agenda": (
                    ngettext("%(items)s agenda item", "%(items)s agenda items", agenda_count)
                    % {"items": agenda_count}
                    if agenda_count
                    else ""
                ),
                "status": meeting.status,
                "status_label": status_labels.get(meeting.status, meeting.status),
                "transcript_url": (f"{transcript_prefix}{transcript_id}/" if transcript_id else ""),
            }
        )
    return rows


def transcript_rows(transcripts):
    """The transcript list's rows, each with its meeting and its files (prefetched)."""
    date_format = get_format("DATE_FORMAT")
    time_format = get_format("TIME_FORMAT")
    prefix = reverse("forum:transcripts")
    badge = None
    rows = []
    for transcript in transcripts:
        meeting = transcript.meeting
        if transcript.is_sample and badge is None:
            badge = sample_badge(transcript)
        starts_at = timezone.localtime(meeting.starts_at)
        starts = dateformat.DateFormat(starts_at)
        rows.append(
            {
                "url": f"{prefix}{transcript.pk}/",
                "title": gettext("Transcript of meeting No. %(number)s")
                % {"number": meeting.number},
                "badge": badge if transcript.is_sample else "",
                "datetime": starts_at.isoformat(),
                "when": f"{starts.format(date_format)}, {starts.format(time_format)}",
                "topic": tr(meeting, "topic"),
                "summary": tr(transcript, "summary"),
                "files": transcript.files.all(),
            }
        )
    return rows
