"""The meeting calendar and the transcript feed, read back with real parsers."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone
from icalendar import Calendar

from forum.models import Meeting, Transcript

from .factories import (
    DraftMeetingFactory,
    DraftTranscriptFactory,
    PublishedMeetingFactory,
    PublishedTranscriptFactory,
)

pytestmark = pytest.mark.django_db

ICS = "/forum/meetings.ics"
ATOM = "/feeds/transcripts.atom"


def calendar_events(client, path=ICS):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return calendar, {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_calendar_is_valid_icalendar_with_a_bishkek_timezone(client):
    calendar, events = calendar_events(client)
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Asia/Bishkek"]
    meeting = Meeting.objects.get(number=5)
    event = events[f"meeting-{meeting.pk}@ogp-portal"]
    start = event.decoded("DTSTART")
    assert event["DTSTART"].params["TZID"] == "Asia/Bishkek"
    assert start.tzinfo is not None and start.utcoffset() == timedelta(hours=6)
    assert start == meeting.starts_at
    assert event.decoded("DTEND") == meeting.ends_at
    assert "DTSTAMP" in event
    assert str(event["LOCATION"]) == "г. Бишкек, Дом Правительства"
    assert str(event["URL"]) == f"http://testserver/ru/forum/meetings/{meeting.pk}/"
    assert "Заседание № 5" in str(event["SUMMARY"])
    assert "Открытие данных пилотными государственными органами" in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"


def test_calendar_uids_are_stable_across_requests_and_changes(client):
    _calendar, first = calendar_events(client)
    meeting = Meeting.objects.get(number=5)
    meeting.starts_at += timedelta(days=1)
    meeting.place_ru = "Другое место"
    meeting.save()
    _calendar, second = calendar_events(client)
    assert set(first) == set(second)
    uid = f"meeting-{meeting.pk}@ogp-portal"
    assert str(second[uid]["LOCATION"]) == "Другое место"


def test_calendar_lists_published_meetings_only_and_marks_cancellations(client):
    draft = DraftMeetingFactory()
    cancelled = PublishedMeetingFactory(status="cancelled")
    _calendar, events = calendar_events(client)
    assert f"meeting-{draft.pk}@ogp-portal" not in events
    assert str(events[f"meeting-{cancelled.pk}@ogp-portal"]["STATUS"]) == "CANCELLED"
    assert len(events) == Meeting.objects.published().count()


@pytest.mark.parametrize(
    ("code", "summary", "location"),
    [
        ("ky", "№ 5 жыйын", "Бишкек шаары, Өкмөт үйү"),
        ("en", "Meeting No. 5", "Government House, Bishkek"),
        ("de", "Заседание № 5", "г. Бишкек, Дом Правительства"),
    ],
)
def test_calendar_speaks_the_language_asked_for(client, code, summary, location):
    meeting = Meeting.objects.get(number=5)
    _calendar, events = calendar_events(client, f"{ICS}?lang={code}")
    event = events[f"meeting-{meeting.pk}@ogp-portal"]
    assert summary in str(event["SUMMARY"])
    assert str(event["LOCATION"]) == location
    prefix = code if code != "de" else "ru"
    assert str(event["URL"]).endswith(f"/{prefix}/forum/meetings/{meeting.pk}/")


def test_calendar_lives_outside_the_language_prefix(client):
    assert client.get(ICS).status_code == 200
    assert client.get("/ru/forum/meetings.ics").status_code == 404


def parse_atom(client, path=ATOM):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_atom_feed_lists_published_transcripts_newest_first_with_their_files(client):
    feed = parse_atom(client, f"{ATOM}?lang=en")
    titles = [entry.title for entry in feed.entries]
    assert titles[:2] == [
        "Transcript of meeting No. 5 (2019-04-11)",
        "Transcript of meeting No. 4 (2018-09-27)",
    ]
    newest = feed.entries[0]
    transcript = Meeting.objects.get(number=5).transcript
    assert newest.link == f"http://testserver/en/forum/transcripts/{transcript.pk}/"
    enclosures = {link.href: link for link in newest.links if link.rel == "enclosure"}
    for stored in transcript.files.all():
        href = f"http://testserver/forum/transcripts/{transcript.pk}/{stored.language}.txt"
        assert int(enclosures[href].length) == stored.size
        assert enclosures[href].type == "text/plain; charset=utf-8"
    assert feed.feed.link == "http://testserver/en/forum/transcripts/"


def test_atom_feed_shows_a_newly_published_transcript_and_never_a_draft(client):
    fresh = PublishedTranscriptFactory(published_at=timezone.now() - timedelta(minutes=5))
    draft = DraftTranscriptFactory()
    hidden = PublishedTranscriptFactory(meeting=DraftMeetingFactory())
    links = [entry.link for entry in parse_atom(client).entries]
    assert links[0].endswith(f"/forum/transcripts/{fresh.pk}/")
    assert not any(link.endswith(f"/forum/transcripts/{draft.pk}/") for link in links)
    assert not any(link.endswith(f"/forum/transcripts/{hidden.pk}/") for link in links)
    assert len(links) == Transcript.objects.published().count()


def test_atom_feed_speaks_kyrgyz_when_asked(client):
    feed = parse_atom(client, f"{ATOM}?lang=ky")
    assert feed.feed.title == "Ачык өкмөттүн улуттук форуму: стенограммалар"
    assert feed.entries[0].title.startswith("№ 5 жыйындын стенограммасы")
