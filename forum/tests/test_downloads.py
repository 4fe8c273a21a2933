"""Files journalists download: stable addresses, exact bytes, right headers, 404s not 500s."""

import io
import os
import zipfile
from datetime import datetime

import pytest
from django.core.files.base import ContentFile

from forum import files
from forum.models import DocumentFile, Meeting, Transcript, TranscriptFile

from .factories import (
    BISHKEK,
    DraftMeetingFactory,
    DraftTranscriptFactory,
    PublishedDocumentFactory,
    PublishedMeetingFactory,
    PublishedTranscriptFactory,
    TranscriptFileFactory,
)
from .helpers import html

pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content)


def stored_bytes(stored):
    with stored.file.open("rb") as handle:
        return handle.read()


@pytest.mark.parametrize("code", ["ru", "ky", "en"])
def test_a_transcript_file_downloads_byte_for_byte_with_a_readable_name(client, code):
    transcript = Meeting.objects.get(number=5).transcript
    stored = transcript.files.get(language=code)
    response = client.get(f"/forum/transcripts/{transcript.pk}/{code}.txt")
    assert response.status_code == 200
    assert body(response) == stored_bytes(stored)
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="nfop-meeting-5-2019-04-11-transcript-{code}.txt"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert int(response["Content-Length"]) == stored.size


def test_a_pdf_transcript_is_served_as_pdf(client, media_root):
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    stored = TranscriptFileFactory(language="en", file=ContentFile(pdf, name="protocol.pdf"))
    meeting = stored.transcript.meeting
    response = client.get(f"/forum/transcripts/{stored.transcript.pk}/en.pdf")
    assert body(response) == pdf
    assert response["Content-Type"] == "application/pdf"
    day = meeting.local_start.date().isoformat()
    assert (
        f'filename="nfop-meeting-{meeting.number}-{day}-transcript-en.pdf"'
        in (response["Content-Disposition"])
    )
    assert client.get(f"/forum/transcripts/{stored.transcript.pk}/en.txt").status_code == 404


def test_the_audio_recording_downloads_byte_for_byte(client):
    meeting = Meeting.objects.get(number=5)
    response = client.get(f"/forum/meetings/{meeting.pk}/audio.mp3")
    assert response.status_code == 200
    assert body(response) == stored_bytes(meeting.audio)
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Content-Disposition"] == (
        'attachment; filename="nfop-meeting-5-2019-04-11-audio.mp3"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_document_file_downloads_with_its_number_and_date(client, media_root):
    document = PublishedDocumentFactory(number="226")
    stored = DocumentFile(document=document, language="ky")
    stored.file = ContentFile("Буйрук\n".encode() * 20, name="order.txt")
    stored.save()
    response = client.get(f"/forum/documents/{document.pk}/ky.txt")
    assert body(response) == stored_bytes(stored)
    assert response["Content-Disposition"] == (
        'attachment; filename="nfop-regulation-226-2019-01-01-ky.txt"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    page = html(client.get("/en/forum/documents/"))
    assert f'href="/forum/documents/{document.pk}/ky.txt"' in page


def test_a_draft_transcripts_files_do_not_exist_for_the_public(client, media_root, staff_user):
    stored = TranscriptFileFactory(transcript=DraftTranscriptFactory())
    path = f"/forum/transcripts/{stored.transcript.pk}/ru.txt"
    assert client.get(path).status_code == 404
    hidden_by_meeting = TranscriptFileFactory(
        transcript=PublishedTranscriptFactory(meeting=DraftMeetingFactory())
    )
    assert (
        client.get(f"/forum/transcripts/{hidden_by_meeting.transcript.pk}/ru.txt").status_code
        == 404
    )
    client.force_login(staff_user)
    preview = client.get(path)
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"] and "public" not in preview["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "/forum/transcripts/999999/ru.txt",
        "/forum/transcripts/abc/ru.txt",
        "/forum/transcripts/0/ru.txt",
        "/forum/transcripts/99999999999999999999999/ru.txt",
        "/forum/transcripts/5/de.txt",
        "/forum/transcripts/5/ru.exe",
        "/forum/transcripts/5/ru",
        "/forum/meetings/999999/audio.mp3",
        "/forum/meetings/5/audio.ogg",
        "/forum/documents/999999/ru.pdf",
        "/forum/transcripts/1999.zip",
        "/forum/transcripts/19.zip",
        "/forum/transcripts/99999.zip",
        "/forum/transcripts/0000.zip",
    ],
)
def test_bad_download_addresses_are_localised_404s(client, path):
    response = client.get(path, headers={"accept-language": "ky"})
    assert response.status_code == 404
    assert "Барак табылган жок" in html(response)


def test_a_meeting_without_audio_has_no_audio_address(client):
    meeting = PublishedMeetingFactory()
    assert client.get(f"/forum/meetings/{meeting.pk}/audio.mp3").status_code == 404


def test_the_yearly_zip_holds_every_published_transcript_of_that_year(client):
    # A draft of the same year, its file row only: it must not reach the archive at all.
    meeting_of_2018 = PublishedMeetingFactory(starts_at=datetime(2018, 11, 1, 10, tzinfo=BISHKEK))
    TranscriptFile.objects.bulk_create(
        [
            TranscriptFile(
                transcript=DraftTranscriptFactory(meeting=meeting_of_2018),
                language="ru",
                file="forum/transcripts/draft.txt",
                content_type="text/plain; charset=utf-8",
                size=10,
            )
        ]
    )
    response = client.get("/forum/transcripts/2018.zip")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="nfop-transcripts-2018.zip"'
    assert response["X-Content-Type-Options"] == "nosniff"
    archive = zipfile.ZipFile(io.BytesIO(body(response)))
    assert archive.testzip() is None
    expected = {}
    for transcript in Transcript.objects.published().filter(meeting__starts_at__year=2018):
        meeting = transcript.meeting
        for stored in transcript.files.all():
            name = (
                f"nfop-meeting-{meeting.number}-{meeting.local_start.date().isoformat()}"
                f"-transcript-{stored.language}.txt"
            )
            expected[name] = stored_bytes(stored)
    assert len(expected) == 12  # four sample meetings of 2018, three languages each
    assert set(archive.namelist()) == set(expected)
    for name, data in expected.items():
        assert archive.read(name) == data
    assert not any(f"nfop-meeting-{meeting_of_2018.number}-" in n for n in archive.namelist())
    assert "nfop-meeting-5-2019-04-11-transcript-ru.txt" not in archive.namelist()


def test_a_year_with_only_draft_transcripts_has_no_zip(client, media_root):
    meeting = PublishedMeetingFactory()  # 2021
    TranscriptFileFactory(transcript=DraftTranscriptFactory(meeting=meeting))
    assert client.get("/forum/transcripts/2021.zip").status_code == 404


def test_a_file_lost_from_storage_is_a_404_not_a_500(client, media_root):
    stored = TranscriptFileFactory()
    stored.file.storage.delete(stored.file.name)
    assert client.get(f"/forum/transcripts/{stored.transcript.pk}/ru.txt").status_code == 404


def test_the_zip_is_streamed_piece_by_piece(client, media_root):
    # A PDF of incompressible bytes, so the archive cannot be much smaller than the file.
    big = TranscriptFileFactory(
        file=ContentFile(b"%PDF-1.4\n" + os.urandom(1024 * 1024), name="long.pdf")
    )
    year = big.transcript.meeting.local_start.year
    response = client.get(f"/forum/transcripts/{year}.zip")
    assert not response.has_header("Content-Length")
    chunks = list(response.streaming_content)
    assert len(chunks) > 10  # written out as it is read, not built whole first
    assert max(len(chunk) for chunk in chunks) <= 2 * files.CHUNK_SIZE
    archive = zipfile.ZipFile(io.BytesIO(b"".join(chunks)))
    assert archive.read(archive.namelist()[0]) == stored_bytes(big)
    assert TranscriptFile.objects.filter(transcript=big.transcript).count() == 1
