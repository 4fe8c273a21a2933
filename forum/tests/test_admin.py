"""What Secretariat staff do in the admin: uploads checked by content and size, publishing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from forum.models import (
    AgendaItem,
    Document,
    ForumProfile,
    Meeting,
    Member,
    SecretariatDuty,
    SecretariatMember,
    Transcript,
    TranscriptFile,
)
from publishing import uploads
from publishing.models import PublicationState

from .factories import (
    DraftTranscriptFactory,
    PlannedMeetingFactory,
    PublishedMeetingFactory,
    SpeakerTurnFactory,
)
from .helpers import html, stored_files

pytestmark = pytest.mark.django_db

EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(512)


@pytest.fixture
def admin_client(client, staff_user):
    client.force_login(staff_user)
    return client


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def transcript_form(meeting, upload=None):
    data = {
        "meeting": str(meeting.pk),
        "summary_ru": "Стенограмма",
        "summary_ky": "Стенограмма",
        "summary_en": "Transcript",
        **management("turns", 0),
        **management("files", 1 if upload else 0),
    }
    if upload:
        data["files-0-language"] = "ru"
        data["files-0-file"] = upload
    return data


@pytest.mark.parametrize(
    "model",
    [ForumProfile, Member, Meeting, Transcript, Document, SecretariatMember, SecretariatDuty],
)
def test_every_forum_admin_list_and_form_opens(admin_client, model):
    opts = model._meta
    changelist = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    obj = model.objects.first()
    change = admin_client.get(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    )
    assert change.status_code == 200


def test_admin_search_and_filters_work(admin_client):
    response = admin_client.get(
        reverse("admin:forum_meeting_changelist"), {"q": "открытые данные", "status": "held"}
    )
    assert response.status_code == 200
    assert "Meeting No. 2" in html(response) or "Заседание № 2" in html(response)


def test_a_renamed_executable_is_refused_through_the_admin_with_a_clear_message(
    admin_client, media_root
):
    meeting = PublishedMeetingFactory()
    files_before = TranscriptFile.objects.count()
    upload = SimpleUploadedFile("minutes.pdf", EXECUTABLE, content_type="application/pdf")
    response = admin_client.post(
        reverse("admin:forum_transcript_add"),
        transcript_form(meeting, upload),
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200  # the form again, with the error; not a redirect
    page = html(response)
    assert "This file&#x27;s content is not an accepted kind, whatever its name says." in page
    assert "Accepted: PDF, DOCX, ODT, RTF or plain text (UTF-8)." in page
    assert not Transcript.objects.filter(meeting=meeting).exists()
    assert TranscriptFile.objects.count() == files_before
    assert stored_files(media_root) == []


def test_an_oversized_upload_is_refused_with_the_limit_named(admin_client, media_root, monkeypatch):
    monkeypatch.setitem(uploads.SIZE_LIMITS, "document", 1024 * 1024)
    meeting = PublishedMeetingFactory()
    upload = SimpleUploadedFile("minutes.txt", b"a" * (1024 * 1024 + 1), content_type="text/plain")
    response = admin_client.post(
        reverse("admin:forum_transcript_add"),
        transcript_form(meeting, upload),
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    assert "The file is too large (1.0 MB). The limit for this kind is 1 MB." in html(response)
    assert not Transcript.objects.filter(meeting=meeting).exists()
    assert stored_files(media_root) == []


def test_a_real_document_is_accepted_by_content_and_stored_under_a_server_name(
    admin_client, media_root
):
    meeting = PublishedMeetingFactory()
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    upload = SimpleUploadedFile("протокол заседания.bin", pdf, content_type="application/x-bin")
    response = admin_client.post(
        reverse("admin:forum_transcript_add"), transcript_form(meeting, upload)
    )
    assert response.status_code == 302
    transcript = Transcript.objects.get(meeting=meeting)
    assert transcript.publication_state == PublicationState.DRAFT
    stored = transcript.files.get()
    assert stored.content_type == "application/pdf"
    assert stored.original_filename == "протокол заседания.bin"
    assert stored.file.name.endswith(".pdf") and "протокол" not in stored.file.name
    assert [path.read_bytes() for path in stored_files(media_root)] == [pdf]


def test_staff_publish_a_transcript_with_the_admin_action(admin_client):
    transcript = DraftTranscriptFactory()
    SpeakerTurnFactory(transcript=transcript)
    response = admin_client.post(
        reverse("admin:forum_transcript_changelist"),
        {"action": "publish_transcripts", "_selected_action": [transcript.pk]},
        follow=True,
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    assert "1 transcript published." in html(response)
    transcript.refresh_from_db()
    assert transcript.is_published()


def test_the_publish_action_explains_why_it_refuses(admin_client):
    transcript = DraftTranscriptFactory(meeting=PlannedMeetingFactory())
    SpeakerTurnFactory(transcript=transcript)
    response = admin_client.post(
        reverse("admin:forum_transcript_changelist"),
        {"action": "publish_transcripts", "_selected_action": [transcript.pk]},
        follow=True,
        headers={"accept-language": "en"},
    )
    assert "Only the transcript of a meeting that was held can be published." in html(response)
    transcript.refresh_from_db()
    assert transcript.publication_state == PublicationState.DRAFT


def test_the_transcript_form_cannot_publish_around_the_action(admin_client):
    response = admin_client.get(reverse("admin:forum_transcript_add"))
    assert 'name="publication_state"' not in html(response)


def test_staff_add_a_meeting_with_its_agenda_inline(admin_client, media_root):
    data = {
        "number": "777",
        "starts_at_0": "2024-03-14",
        "starts_at_1": "10:00",
        "status": "planned",
        "topic_ru": "Тема",
        "topic_ky": "Тема",
        "topic_en": "Topic",
        "place_ru": "Бишкек",
        "publication_state": "draft",
        **management("agenda_items", 2),
        "agenda_items-0-order": "1",
        "agenda_items-0-title_ru": "Первый вопрос",
        "agenda_items-0-title_en": "First item",
        "agenda_items-1-order": "2",
        "agenda_items-1-title_ru": "Второй вопрос",
        **management("audio", 0),
    }
    response = admin_client.post(reverse("admin:forum_meeting_add"), data)
    assert response.status_code == 302, html(response)[:3000]
    meeting = Meeting.objects.get(number=777)
    assert meeting.local_start.hour == 10  # entered in Bishkek time
    assert list(AgendaItem.objects.filter(meeting=meeting).values_list("title_ru", flat=True)) == [
        "Первый вопрос",
        "Второй вопрос",
    ]


def test_a_disguised_audio_file_is_refused(admin_client, media_root):
    meeting = PublishedMeetingFactory()
    upload = SimpleUploadedFile("recording.mp3", EXECUTABLE, content_type="audio/mpeg")
    data = {
        "number": str(meeting.number),
        "starts_at_0": meeting.local_start.date().isoformat(),
        "starts_at_1": "10:00",
        "status": "held",
        "topic_ru": meeting.topic_ru,
        "publication_state": "published",
        **management("agenda_items", 0),
        **management("audio", 1),
        "audio-0-file": upload,
    }
    response = admin_client.post(
        reverse("admin:forum_meeting_change", args=[meeting.pk]),
        data,
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    assert "Accepted: MP3, OGG or M4A." in html(response)
    assert stored_files(media_root) == []


def test_only_one_forum_profile_can_exist(admin_client):
    assert admin_client.get(reverse("admin:forum_forumprofile_add")).status_code == 403
