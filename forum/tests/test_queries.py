"""Every Forum page and feed runs the same few queries, however many rows it shows."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from forum.models import (
    AgendaItem,
    Meeting,
    MeetingStatus,
    Member,
    Role,
    Side,
    SpeakerTurn,
    Transcript,
    TranscriptFile,
)
from publishing.models import PublicationState

from .factories import BISHKEK, PersonFactory, PublishedCommitmentFactory

pytestmark = pytest.mark.django_db

PUBLISHED = {"publication_state": PublicationState.PUBLISHED}


def make_many():
    """220 members, 120 meetings with 5 agenda items each (some pointing at commitments),
    120 transcripts with 40 turns and 3 files each."""
    published_at = timezone.now() - timedelta(days=1)
    people = [PersonFactory() for _ in range(220)]
    Member.objects.bulk_create(
        Member(
            person=person,
            side=Side.GOVERNMENT if index % 2 else Side.CIVIL_SOCIETY,
            role=Role.ALTERNATE if index % 7 == 0 else Role.MEMBER,
            published_at=published_at,
            **PUBLISHED,
        )
        for index, person in enumerate(people)
    )
    meetings = Meeting.objects.bulk_create(
        Meeting(
            number=2000 + index,
            starts_at=datetime(2020, 1, 9, 10, tzinfo=BISHKEK) + timedelta(days=10 * index),
            status=MeetingStatus.HELD,
            topic_ru=f"Тема {index}",
            topic_ky=f"Тема {index}",
            topic_en=f"Topic {index}",
            published_at=published_at,
            **PUBLISHED,
        )
        for index in range(120)
    )
    commitments = [PublishedCommitmentFactory() for _ in range(4)]
    items = AgendaItem.objects.bulk_create(
        AgendaItem(meeting=meeting, order=order, title_ru=f"Вопрос {order}")
        for meeting in meetings
        for order in range(5)
    )
    through = AgendaItem.commitments.through
    through.objects.bulk_create(
        through(agendaitem=item, commitment=commitments[index % 4])
        for index, item in enumerate(items)
    )
    transcripts = Transcript.objects.bulk_create(
        Transcript(meeting=meeting, published_at=published_at, **PUBLISHED) for meeting in meetings
    )
    TranscriptFile.objects.bulk_create(
        TranscriptFile(
            transcript=transcript,
            language=code,
            file=f"forum/transcripts/test/{transcript.pk}-{code}.txt",
            original_filename=f"{code}.txt",
            content_type="text/plain; charset=utf-8",
            size=1000,
        )
        for transcript in transcripts
        for code in ("ru", "ky", "en")
    )
    SpeakerTurn.objects.bulk_create(
        SpeakerTurn(transcript=transcripts[0], number=n, speaker_ru="Выступающий", text_ru="Текст")
        for n in range(1, 41)
    )
    return meetings[0], transcripts[0], commitments[0]


# path -> queries, the same with the demo content alone and with hundreds of rows more.
# (The footer's Secretariat contacts are one query on every page.)
PAGES = {
    "/ru/forum/": 6,
    "/ru/forum/members/": 3,
    # The years with past meetings, the upcoming ones, one page of a year's meetings.
    "/ru/forum/meetings/": 4,
    "/ru/forum/meetings/?year=2018": 4,
    # The list's pages are counted: one query more than when it was one long page.
    "/ru/forum/transcripts/": 5,
    "/ru/forum/transcripts/?year=2020": 5,
    "/ru/forum/transcripts/?page=3": 5,
    "/ru/forum/documents/": 3,
    "/ru/forum/secretariat/": 4,
    "/forum/meetings.ics": 2,
    "/feeds/transcripts.atom": 2,
}


@pytest.mark.parametrize(("path", "queries"), PAGES.items())
def test_list_pages_and_feeds_run_a_fixed_number_of_queries(
    client, django_assert_num_queries, path, queries
):
    with django_assert_num_queries(queries):
        assert client.get(path).status_code == 200
    make_many()
    with django_assert_num_queries(queries):
        response = client.get(path)
        assert response.status_code == 200
    if path == "/ru/forum/meetings/":
        assert "Тема 119" in response.content.decode()


def test_a_full_year_of_meetings_pages_at_the_same_cost(client, django_assert_num_queries):
    make_many()  # 120 meetings from 2020 on, every ten days: 36 or 37 a year
    for path in ("/ru/forum/meetings/?year=2021", "/ru/forum/meetings/?year=2021&page=2"):
        with django_assert_num_queries(4):
            response = client.get(path)
        assert response.status_code == 200
        assert 0 < response.content.decode().count('<th scope="row">') <= 20


def test_detail_pages_run_a_fixed_number_of_queries(client, django_assert_num_queries):
    small = Meeting.objects.get(number=5)
    meeting_path, transcript_path = small.get_absolute_url(), small.transcript.get_absolute_url()
    with django_assert_num_queries(6):
        client.get(meeting_path)
    # The transcript, its files, its turns (numbers, and one part's text), footer.
    with django_assert_num_queries(4):
        client.get(transcript_path)
    meeting, transcript, _commitment = make_many()
    with django_assert_num_queries(6):
        response = client.get(meeting.get_absolute_url())
    assert response.content.decode().count("<li>Вопрос") == 5
    # The 40 turns come in two parts of 20, each part at the same cost.
    for part in ("", "?part=2"):
        with django_assert_num_queries(4):
            response = client.get(transcript.get_absolute_url() + part)
        assert response.content.decode().count('class="forum-turn"') == 20


def test_the_commitment_section_and_home_context_stay_fixed(django_assert_num_queries, rf):
    from forum.commitment_sections import commitment_context
    from forum.home import home_context

    _meeting, _transcript, commitment = make_many()
    with django_assert_num_queries(1):
        meetings = commitment_context(commitment)["related_meetings"]
    assert len(meetings) == 120
    with django_assert_num_queries(2):
        home_context(rf.get("/"))
