"""Long lists and long transcripts come in pages, and nothing gets lost on the way.

The meetings list goes a year at a time, the transcript list a page at a time, and a
transcript's text a part at a time. Every item stays reachable, a turn's citation link keeps
working, and a bad page number never gives an error page.
"""

import gzip
import random
import re
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import translation

from forum.models import Meeting, MeetingStatus, SpeakerTurn, Transcript
from forum.selectors import TURNS_PER_PART
from publishing.models import PublicationState

from .factories import (
    BISHKEK,
    PlannedMeetingFactory,
    PublishedTranscriptFactory,
    TranscriptFileFactory,
    yesterday,
)
from .helpers import html, main_text, tags

pytestmark = pytest.mark.django_db


def url(name, code="en", **kwargs):
    with translation.override(code):
        return reverse(f"forum:{name}", kwargs=kwargs or None)


def held_meetings(count, first=datetime(2022, 1, 5, 10, tzinfo=BISHKEK), every_days=7):
    return Meeting.objects.bulk_create(
        Meeting(
            number=3000 + index,
            starts_at=first + timedelta(days=every_days * index),
            status=MeetingStatus.HELD,
            topic_en=f"Topic {index}",
            publication_state=PublicationState.PUBLISHED,
            published_at=yesterday(),
        )
        for index in range(count)
    )


def links(page, prefix):
    return {attrs["href"] for attrs in tags(page, "a") if attrs.get("href", "").startswith(prefix)}


def walk_meeting_pages(client):
    """Every page of past meetings, reached by following the year and page links only."""
    start = url("meetings")
    seen, queue, pages = set(), [start], []
    while queue:
        address = queue.pop()
        if address in seen:
            continue
        seen.add(address)
        response = client.get(address.replace("&amp;", "&"))
        assert response.status_code == 200, address
        page = html(response)
        pages.append(page)
        queue.extend(start + href for href in links(page, "?year="))
    return pages


def test_every_past_meeting_is_reachable_from_the_meetings_page(client):
    meetings = held_meetings(70)  # 2022 and 2023, more than a page each
    pages = walk_meeting_pages(client)
    found = set()
    for page in pages:
        found |= {
            int(href.split("/")[-2])
            for href in links(page, "/en/forum/meetings/")
            if re.fullmatch(r"/en/forum/meetings/\d+/", href)
        }
    public = set(Meeting.objects.published().values_list("pk", flat=True))
    assert {meeting.pk for meeting in meetings} <= found
    assert found == public


def test_a_year_keeps_its_address_and_pages_within_it_newest_first(client):
    held_meetings(70)
    first = main_text(client.get(url("meetings"), {"year": "2022"}))
    second = main_text(client.get(url("meetings"), {"year": "2022", "page": "2"}))
    assert "Meetings of 2022" in first and "Page 1 of 3" in first
    assert "Page 2 of 3" in second
    # 2022 holds meetings 0 to 51 of the week-by-week series; the newest come first.
    assert first.index("Topic 51") < first.index("Topic 32")
    assert "Topic 31" in second and "Topic 51" not in second
    assert "Topic 52" not in first  # 2023 is on its own page


def test_upcoming_meetings_stay_on_top_of_every_year(client):
    held_meetings(10)
    upcoming = PlannedMeetingFactory(topic_en="Coming soon")
    title = f"Meeting No. {upcoming.number}"
    for params in ({}, {"year": "2022"}):
        text = main_text(client.get(url("meetings"), params))
        assert text.index("Upcoming meetings") < text.index(title) < text.index("2022")
        assert "Coming soon" in text


@pytest.mark.parametrize("year", ["abc", "2999", "0", "-1", "20220", "2022.5"])
def test_a_year_without_past_meetings_is_a_404_in_the_visitors_language(client, year):
    held_meetings(3)
    response = client.get(url("meetings", "ky"), {"year": year})
    assert response.status_code == 404
    assert "Барак табылган жок" in html(response)


@pytest.mark.parametrize(("asked", "shown"), [("abc", 1), ("0", 3), ("-2", 3), ("999", 3)])
def test_a_bad_page_of_a_year_gives_the_nearest_page(client, asked, shown):
    held_meetings(52)
    response = client.get(url("meetings"), {"year": "2022", "page": asked})
    assert response.status_code == 200
    assert f"Page {shown} of 3" in main_text(response)


def test_the_meetings_page_keeps_its_calendar_links(client):
    held_meetings(30)
    for params in ({}, {"year": "2022", "page": "2"}):
        page = html(client.get(url("meetings"), params))
        assert 'href="/forum/meetings.ics?lang=en" type="text/calendar">' in page


def published_transcripts(count):
    meetings = held_meetings(count, first=datetime(2023, 1, 4, 10, tzinfo=BISHKEK))
    return Transcript.objects.bulk_create(
        Transcript(
            meeting=meeting,
            summary_en=f"Summary {index}",
            publication_state=PublicationState.PUBLISHED,
            published_at=yesterday(),
        )
        for index, meeting in enumerate(meetings)
    )


def test_every_transcript_is_reachable_page_by_page_with_the_year_kept(client):
    transcripts = published_transcripts(45)  # 2023: 52 weeks, so all in one year
    found, address = set(), url("transcripts") + "?year=2023"
    while address:
        page = html(client.get(address))
        found |= links(page, "/en/forum/transcripts/") - {"/en/forum/transcripts/"}
        following = [a["href"] for a in tags(page, "a") if a.get("rel") == "next"]
        assert all("year=2023" in href for href in following)
        address = url("transcripts") + following[0] if following else None
    assert {url("transcript", pk=transcript.pk) for transcript in transcripts} <= found


@pytest.mark.parametrize(("asked", "shown"), [("abc", 1), ("0", 3), ("999", 3)])
def test_a_bad_page_of_transcripts_gives_the_nearest_page(client, asked, shown):
    published_transcripts(45)
    response = client.get(url("transcripts"), {"page": asked})
    assert response.status_code == 200
    assert f"Page {shown} of 3" in main_text(response)


WORDS = [
    "бюджет",
    "закупки",
    "данные",
    "доступ",
    "гражданский",
    "форум",
    "план",
    "отчёт",
    "мониторинг",
    "реформа",
]


def long_transcript(turns, words_per_turn=40, numbers=None):
    transcript = PublishedTranscriptFactory()
    generator = random.Random(turns)
    SpeakerTurn.objects.bulk_create(
        SpeakerTurn(
            transcript=transcript,
            number=number,
            speaker_en=f"Speaker {number}",
            text_en=f"Turn {number}. "
            + " ".join(
                generator.choice(WORDS) + str(generator.randrange(999))
                for _ in range(words_per_turn)
            ),
        )
        for number in (numbers or range(1, turns + 1))
    )
    return transcript


def turn_divs(page):
    return [a["id"] for a in tags(page, "div") if a.get("id", "").startswith("turn-")]


def test_every_turn_is_on_exactly_one_part_and_every_part_links_to_every_turn(client):
    transcript = long_transcript(45)
    address = url("transcript", pk=transcript.pk)
    parts = [address, f"{address}?part=2", f"{address}?part=3"]
    shown = []
    for part_number, part in enumerate(parts, start=1):
        response = client.get(part)
        assert response.status_code == 200
        page = html(response)
        shown += turn_divs(page)
        # Each turn elsewhere has an element with its id, linking to the part that holds it,
        # so a citation such as #turn-44 made before the split lands next to its passage.
        ids = {
            a["id"]: a.get("href") for a in tags(page, "a") if a.get("id", "").startswith("turn-")
        }
        for number in range(1, 46):
            holder = (number - 1) // TURNS_PER_PART + 1
            if holder == part_number:
                assert f"turn-{number}" not in ids
            else:
                expected = address if holder == 1 else f"{address}?part={holder}"
                assert ids[f"turn-{number}"] == f"{expected}#turn-{number}"
    assert shown == [f"turn-{number}" for number in range(1, 46)]


def test_a_turns_part_follows_from_its_number_so_citations_keep_working(client):
    # Numbers 1, 2 and 45: the gap leaves part 2 empty, and turn 45 stays in part 3.
    transcript = long_transcript(3, numbers=[1, 2, 45])
    address = url("transcript", pk=transcript.pk)
    assert turn_divs(html(client.get(address))) == ["turn-1", "turn-2"]
    assert turn_divs(html(client.get(f"{address}?part=3"))) == ["turn-45"]
    response = client.get(f"{address}?part=2")  # no turn there: the nearest part
    assert response.status_code == 302 and response["Location"] == address


def test_a_text_that_starts_past_the_first_part_opens_where_it_starts(client):
    transcript = long_transcript(3, numbers=[25, 26, 30])
    response = client.get(url("transcript", pk=transcript.pk))
    assert response.status_code == 200
    assert turn_divs(html(response)) == ["turn-25", "turn-26", "turn-30"]


def test_the_parts_have_a_table_of_contents_and_the_files_on_each(client, media_root):
    transcript = long_transcript(45)
    for code in ("ru", "ky", "en"):
        TranscriptFileFactory(transcript=transcript, language=code)
    address = url("transcript", pk=transcript.pk)
    for part in (address, f"{address}?part=3"):
        response = client.get(part)
        text = main_text(response)
        assert "Parts of the text" in text
        assert "Part 1: ¶ 1–20" in text and "Part 2: ¶ 21–40" in text and "Part 3: ¶ 41–45" in text
        page = html(response)
        for code in ("ru", "ky", "en"):
            assert f'href="/forum/transcripts/{transcript.pk}/{code}.txt"' in page
    last = html(client.get(f"{address}?part=3"))
    assert 'aria-current="page">Part 3: ¶ 41–45</a>' in last
    assert f'href="{address}?part=2" rel="prev"' in last


@pytest.mark.parametrize(("part", "location"), [("0", ""), ("99", "?part=3"), ("000001", "")])
def test_a_part_out_of_range_goes_to_the_nearest_part(client, part, location):
    transcript = long_transcript(45)
    address = url("transcript", pk=transcript.pk)
    response = client.get(address, {"part": part})
    if part == "000001":  # the first part under another spelling: shown as it is
        assert response.status_code == 200
        return
    assert response.status_code == 302
    assert response["Location"] == address + location


@pytest.mark.parametrize("part", ["abc", "-1", "1.5", "9999999", ""])
def test_a_part_that_is_not_a_number_is_a_404_in_the_visitors_language(client, part):
    transcript = long_transcript(25)
    response = client.get(url("transcript", "ky", pk=transcript.pk), {"part": part})
    assert response.status_code == 404
    assert "Барак табылган жок" in html(response)


def test_a_long_transcripts_parts_stay_light_and_cost_the_same(client, django_assert_num_queries):
    # Turns of 400 words, the longest of the benchmark's 20,000-word transcripts.
    transcript = long_transcript(95, words_per_turn=400)
    address = url("transcript", pk=transcript.pk)
    for part in range(1, 6):
        with django_assert_num_queries(4):
            response = client.get(address, {"part": part})
        assert response.status_code == 200
        assert len(gzip.compress(response.content)) < 50 * 1024, part
