"""Machine-readable Forum addresses: the meeting calendar (iCalendar) and the transcript feed."""

from datetime import date
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from . import selectors
from .models import MeetingStatus

BISHKEK = ZoneInfo("Asia/Bishkek")
UID_DOMAIN = "ogp-portal"
ICAL_STATUS = {
    MeetingStatus.PLANNED: "CONFIRMED",
    MeetingStatus.HELD: "CONFIRMED",
    MeetingStatus.CANCELLED: "CANCELLED",
}
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def feed_language(request):
    """A feed's address stays the same for everyone; ?lang=ky or ?lang=en picks a language."""
    requested = request.GET.get("lang", "")
    return requested if requested in LANGUAGE_CODES else settings.LANGUAGE_CODE


def meeting_uid(meeting):
    """Stable for the life of the meeting, whatever its date, place or language."""
    return f"meeting-{meeting.pk}@{UID_DOMAIN}"


def _meeting_event(request, meeting):
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", meeting.updated_at.astimezone(ZoneInfo("UTC")))
    event.add("last-modified", meeting.updated_at.astimezone(ZoneInfo("UTC")))
    event.add("dtstart", meeting.starts_at.astimezone(BISHKEK))
    if meeting.ends_at:
        event.add("dtend", meeting.ends_at.astimezone(BISHKEK))
    summary = meeting.title
    if meeting.topic:
        summary = f"{summary}: {meeting.topic}"
    event.add("summary", f"{_('National Open Government Forum')} · {summary}")
    if meeting.place:
        event.add("location", meeting.place)
    url = request.build_absolute_uri(meeting.get_absolute_url())
    event.add("url", url)
    lines = [_("Agenda") + ":"] if meeting.agenda_items.all() else []
    lines += [f"{index}. {item.title}" for index, item in enumerate(meeting.agenda_items.all(), 1)]
    lines.append(url)
    event.add("description", "\n".join(lines))
    event.add("status", ICAL_STATUS[meeting.status])
    if meeting.is_sample:
        event.add("categories", [_("Sample data")])
    return event


@require_safe
def meetings_ics(request):
    language = feed_language(request)
    with translation.override(language):
        calendar = Calendar()
        calendar.add("prodid", "-//OGP Kyrgyzstan portal//National Forum meetings//EN")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add("x-wr-calname", _("National Open Government Forum: meetings"))
        calendar.add("x-wr-timezone", "Asia/Bishkek")
        for meeting in selectors.meetings_for_calendar():
            calendar.add_component(_meeting_event(request, meeting))
        # Bishkek has kept +06:00 since 2005; the Forum's meetings start in 2018.
        calendar.add_missing_timezones(first_date=date(2018, 1, 1))
        body = calendar.to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="nfop-meetings.ics"'
    response["Content-Language"] = language
    response["X-Content-Type-Options"] = "nosniff"
    return response


class TranscriptsFeed(Feed):
    """Newly published transcripts, newest first, each with its files as enclosures."""

    feed_type = Atom1Feed
    limit = 50

    def __call__(self, request, *args, **kwargs):
        self.request = request
        with translation.override(feed_language(request)):
            response = super().__call__(request, *args, **kwargs)
        response["X-Content-Type-Options"] = "nosniff"
        return response

    def title(self):
        return _("National Open Government Forum: transcripts")

    def subtitle(self):
        return _("Stenographic transcripts of Forum meetings, as they are published.")

    def link(self):
        return reverse("forum:transcripts")

    def feed_url(self):
        return self.request.get_full_path()

    def items(self):
        return list(
            selectors.published_transcripts()
            .prefetch_related("files")
            .order_by("-published_at", "-pk")[: self.limit]
        )

    def item_title(self, item):
        date = timezone.localtime(item.meeting.starts_at).date().isoformat()
        return f"{item.title} ({date})"

    def item_description(self, item):
        return item.summary or item.meeting.topic

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_enclosures(self, item):
        return [
            Enclosure(
                self.request.build_absolute_uri(stored.get_absolute_url()),
                str(stored.size),
                stored.content_type,
            )
            for stored in item.files.all()
        ]


@require_safe
def transcripts_atom(request):
    # One feed object per request, so the request it remembers is never another visitor's.
    return TranscriptsFeed()(request)
