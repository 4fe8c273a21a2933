"""The demo content: the source document's facts about the Forum, and marked sample data."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from forum import demo
from forum.models import (
    Document,
    DocumentKind,
    ForumProfile,
    Meeting,
    MeetingAudio,
    MeetingStatus,
    Member,
    Role,
    SecretariatDuty,
    SecretariatMember,
    Side,
    Transcript,
    TranscriptFile,
)

pytestmark = pytest.mark.django_db


def test_the_forum_profile_holds_the_source_documents_facts():
    profile = ForumProfile.objects.get()
    assert profile.founded_on == date(2018, 6, 27)
    assert profile.founding_act_number == "226"
    assert profile.founding_act_signed_by.full_name_ru == "Абулгазиев М.А."
    assert profile.seats_per_side == 19
    assert profile.source_url == "http://ogp.el.kg/ru/normativnye-akty"
    assert not profile.is_sample
    for code in ("ru", "ky", "en"):
        for field in ("name", "description", "founding_act", "status_note", "secretariat_intro"):
            assert getattr(profile, f"{field}_{code}"), (field, code)


def test_the_co_chairs_are_the_source_documents():
    co_chairs = {
        member.person.full_name_ru: member
        for member in Member.objects.filter(role=Role.CO_CHAIR).select_related("person")
    }
    assert set(co_chairs) == {"Омурбекова А.С.", "Сатыбеков Б.Э."}
    assert co_chairs["Омурбекова А.С."].side == Side.GOVERNMENT
    assert co_chairs["Сатыбеков Б.Э."].side == Side.CIVIL_SOCIETY
    assert co_chairs["Сатыбеков Б.Э."].organization.slug == "civic-alliance"
    assert not any(member.is_sample for member in co_chairs.values())


def test_the_secretariat_head_and_six_duties_in_three_languages():
    head = SecretariatMember.objects.get(is_head=True)
    assert head.person.full_name_ru == "Рысалиев Иманкадыр Зарлыкович"
    duties = list(SecretariatDuty.objects.all())
    assert len(duties) == 6
    assert all(duty.text_ru and duty.text_ky and duty.text_en for duty in duties)
    assert duties[1].text_ru == "Формируют повестку заседания Форума;"


def test_documents_keep_unknown_dates_empty():
    order = Document.objects.get(kind=DocumentKind.FOUNDING_ORDER)
    assert (order.date, order.number) == (date(2018, 6, 27), "226")
    for kind in (DocumentKind.REGULATION, DocumentKind.RULES, DocumentKind.CALENDAR):
        document = Document.objects.get(kind=kind)
        assert document.date is None and document.number == ""
        assert not document.files.exists()  # no file was published; none is invented


def test_five_held_sample_meetings_between_july_2018_and_april_2019_with_transcripts():
    held = Meeting.objects.filter(status=MeetingStatus.HELD, number__lte=5).order_by("number")
    assert [meeting.number for meeting in held] == [1, 2, 3, 4, 5]
    for meeting in held:
        assert meeting.is_sample
        assert date(2018, 7, 1) <= meeting.local_start.date() <= date(2019, 4, 30)
        transcript = meeting.transcript
        assert transcript.is_sample and transcript.is_published()
        assert sorted(transcript.files.values_list("language", flat=True)) == ["en", "ky", "ru"]
        assert transcript.turns.count() == 5
        assert MeetingAudio.objects.filter(meeting=meeting).exists()


def test_sample_transcripts_put_no_words_in_real_peoples_mouths():
    speakers = set(
        Transcript.objects.filter(is_sample=True).values_list("turns__speaker_ru", flat=True)
    )
    assert speakers == {
        "Председательствующий",
        "Представитель Секретариата",
        "Представитель гражданского общества",
        "Представитель государственного органа",
    }


def test_the_sample_transcript_file_says_it_is_sample_data():
    stored = TranscriptFile.objects.get(transcript__meeting__number=1, language="en")
    with stored.file.open("rb") as handle:
        text = handle.read().decode("utf-8")
    assert "SAMPLE DATA" in text and "Chair: Good afternoon" in text


def test_one_planned_sample_meeting_lies_ahead():
    planned = Meeting.objects.get(status=MeetingStatus.PLANNED)
    assert planned.is_sample and planned.is_upcoming


def test_agendas_point_at_the_plans_commitments_when_they_exist():
    meeting = Meeting.objects.get(number=4)
    numbers = sorted(
        meeting.agenda_items.values_list("commitments__number", flat=True).exclude(
            commitments__isnull=True
        )
    )
    from commitments.models import Commitment

    present = set(
        Commitment.objects.filter(plan__slug="2018-2020", number__in=[3, 11, 17, 19]).values_list(
            "number", flat=True
        )
    )
    assert numbers == sorted(present)


def test_loading_again_changes_nothing_and_stores_no_file_twice():
    files_before = TranscriptFile.objects.count(), MeetingAudio.objects.count()
    counts = demo.load()
    assert counts["created"] == 0 and counts["updated"] == 0
    assert (TranscriptFile.objects.count(), MeetingAudio.objects.count()) == files_before


def test_the_forum_demo_loads_without_the_plan():
    from commitments.models import ActionPlan

    for meeting in Meeting.objects.all():
        for item in meeting.agenda_items.all():
            item.commitments.clear()
    ActionPlan.objects.filter(slug="2018-2020").update(slug="elsewhere")  # as if not loaded
    counts = demo.load()
    assert counts["created"] == 0 and counts["updated"] == 0
    assert not Meeting.objects.filter(agenda_items__commitments__isnull=False).exists()


def test_load_demo_reports_the_forum_loader():
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert "forum.demo … 0 created, 0 updated" in output.getvalue()
