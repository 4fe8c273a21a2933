"""The Forum's rules as the models and services keep them."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone, translation

from forum import selectors
from forum.models import (
    Meeting,
    MeetingStatus,
    Member,
    Role,
    Side,
    Transcript,
    TranscriptFile,
)
from forum.services import transcript_publish
from publishing.models import PublicationState

from .factories import (
    DraftMeetingFactory,
    DraftTranscriptFactory,
    PlannedMeetingFactory,
    PublishedMeetingFactory,
    PublishedMemberFactory,
    PublishedTranscriptFactory,
    SpeakerTurnFactory,
    TranscriptFileFactory,
)
from .helpers import stored_files

pytestmark = pytest.mark.django_db


def test_a_transcript_is_public_only_when_its_meeting_is_public_too():
    shown = PublishedTranscriptFactory()
    hidden_by_meeting = PublishedTranscriptFactory(meeting=DraftMeetingFactory())
    draft = DraftTranscriptFactory()
    published = set(Transcript.objects.published())
    assert shown in published
    assert hidden_by_meeting not in published and draft not in published
    assert shown.is_published() and not hidden_by_meeting.is_published()


def test_a_transcript_published_for_a_later_date_stays_hidden_until_then():
    later = PublishedTranscriptFactory(published_at=timezone.now() + timedelta(days=2))
    assert later not in Transcript.objects.published()


def test_current_members_leave_out_ended_and_not_yet_begun_terms():
    today = timezone.localdate()
    sitting = PublishedMemberFactory(term_from=today - timedelta(days=30))
    ended = PublishedMemberFactory(term_to=today - timedelta(days=1))
    future = PublishedMemberFactory(term_from=today + timedelta(days=10))
    current = set(Member.objects.published().current())
    assert sitting in current
    assert ended not in current and future not in current


def test_parity_counts_seats_not_alternates(django_assert_num_queries):
    for _ in range(3):
        PublishedMemberFactory(side=Side.CIVIL_SOCIETY)
    PublishedMemberFactory(side=Side.CIVIL_SOCIETY, role=Role.ALTERNATE)
    members = list(selectors.current_members())
    sides = {entry["side"]: entry for entry in selectors.members_by_side(members, 19)}
    demo_civil = sum(
        1 for m in members if m.side == Side.CIVIL_SOCIETY and m.role != Role.ALTERNATE
    )
    assert sides[Side.CIVIL_SOCIETY]["filled"] == demo_civil
    assert demo_civil >= 4  # the co-chair from the demo plus three members; not the alternate
    assert sides[Side.CIVIL_SOCIETY]["vacant"] == 19 - demo_civil


def test_co_chairs_come_first_within_each_side():
    PublishedMemberFactory(side=Side.GOVERNMENT, person__full_name_ru="Аааев А.")
    members = [m for m in selectors.current_members() if m.side == Side.GOVERNMENT]
    assert members[0].role == Role.CO_CHAIR


def test_a_term_cannot_end_before_it_begins():
    member = PublishedMemberFactory.build(term_from=date(2020, 1, 2), term_to=date(2020, 1, 1))
    with pytest.raises(ValidationError) as error:
        member.clean()
    assert "term_to" in error.value.message_dict


def test_a_meeting_must_end_after_it_starts():
    meeting = PublishedMeetingFactory.build()
    meeting.ends_at = meeting.starts_at - timedelta(hours=1)
    with pytest.raises(ValidationError):
        meeting.clean()


@pytest.mark.parametrize(
    ("code", "title"),
    [("ru", "Заседание № 7"), ("ky", "№ 7 жыйын"), ("en", "Meeting No. 7")],
)
def test_a_meeting_is_named_by_its_number_in_each_language(code, title):
    meeting = Meeting(number=7)
    with translation.override(code):
        assert meeting.title == title


def test_every_turn_has_a_stable_citable_anchor():
    turn = SpeakerTurnFactory(number=12)
    assert turn.anchor == "turn-12"


def test_publishing_a_transcript_needs_a_held_public_meeting_and_some_content():
    transcript = DraftTranscriptFactory()
    with pytest.raises(ValidationError) as error:
        transcript_publish(transcript=transcript)
    assert error.value.code == "transcript_empty"

    SpeakerTurnFactory(transcript=transcript)
    published = transcript_publish(transcript=transcript)
    assert published.publication_state == PublicationState.PUBLISHED
    assert published.published_at is not None
    assert published in Transcript.objects.published()


@pytest.mark.parametrize(
    ("meeting_factory", "code"),
    [(PlannedMeetingFactory, "meeting_not_held"), (DraftMeetingFactory, "meeting_not_published")],
)
def test_publishing_is_refused_for_a_meeting_not_held_or_not_public(meeting_factory, code):
    transcript = DraftTranscriptFactory(meeting=meeting_factory())
    SpeakerTurnFactory(transcript=transcript)
    with pytest.raises(ValidationError) as error:
        transcript_publish(transcript=transcript)
    assert error.value.code == code
    transcript.refresh_from_db()
    assert transcript.publication_state == PublicationState.DRAFT


def test_a_planned_meetings_transcript_cannot_be_saved_as_published_either():
    transcript = DraftTranscriptFactory.build(meeting=PlannedMeetingFactory())
    transcript.publication_state = PublicationState.PUBLISHED
    with pytest.raises(ValidationError):
        transcript.full_clean()


def test_a_stored_file_keeps_its_kind_size_and_a_server_made_name(media_root):
    stored = TranscriptFileFactory(
        file=ContentFile(b"%PDF-1.4\n%test\n", name="../../etc/passwd.exe")
    )
    assert stored.content_type == "application/pdf"
    assert stored.size == len(b"%PDF-1.4\n%test\n")
    assert stored.original_filename == "passwd.exe"
    assert stored.file.name.startswith("forum/transcripts/")
    assert stored.file.name.endswith(".pdf")
    assert stored.format_label == "PDF"


def test_a_renamed_executable_is_refused_and_nothing_is_stored(media_root):
    transcript = PublishedTranscriptFactory()
    before = TranscriptFile.objects.count()
    stored = TranscriptFile(transcript=transcript, language="ru")
    stored.file = ContentFile(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200), name="minutes.pdf")
    with pytest.raises(ValidationError):
        stored.save()
    assert TranscriptFile.objects.count() == before
    assert stored_files(media_root) == []


def test_held_and_planned_meetings_are_kept_apart():
    planned = PlannedMeetingFactory()
    held = PublishedMeetingFactory()
    assert planned in selectors.upcoming_meetings() and held not in selectors.upcoming_meetings()
    assert held in selectors.past_meetings() and planned not in selectors.past_meetings()
    assert held in selectors.past_meetings_of_year(held.local_start.year)
    assert planned.status == MeetingStatus.PLANNED
