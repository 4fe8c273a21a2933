"""Files journalists download: stable addresses, typed, named for people, streamed."""

import zipfile

from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from publishing.downloads import file_download, readable_filename
from publishing.views import get_visible_or_404, mark_preview

from . import selectors
from .models import Document, Meeting, Transcript

CHUNK_SIZE = 64 * 1024


def _meeting_date(meeting):
    return timezone.localtime(meeting.starts_at).date().isoformat()


def transcript_filename(stored):
    meeting = stored.transcript.meeting
    return readable_filename(
        "nfop-meeting",
        meeting.number,
        _meeting_date(meeting),
        "transcript",
        stored.language,
        extension=stored.extension,
    )


def _no_such_file():
    return Http404(_("This file does not exist or is not published."))


@require_safe
def transcript_file(request, pk, lang, ext):
    transcript = get_visible_or_404(Transcript.objects.select_related("meeting"), request, pk=pk)
    stored = transcript.files.filter(language=lang).first()
    if stored is None or stored.extension != ext:
        raise _no_such_file()
    stored.transcript = transcript
    response = file_download(stored, transcript_filename(stored))
    return mark_preview(request, response, transcript)


@require_safe
def meeting_audio(request, pk, ext):
    meeting = get_visible_or_404(Meeting.objects.select_related("audio"), request, pk=pk)
    audio = getattr(meeting, "audio", None)
    if audio is None or audio.extension != ext:
        raise _no_such_file()
    filename = readable_filename(
        "nfop-meeting", meeting.number, _meeting_date(meeting), "audio", extension=ext
    )
    return mark_preview(request, file_download(audio, filename), meeting)


@require_safe
def document_file(request, pk, lang, ext):
    document = get_visible_or_404(Document.objects, request, pk=pk)
    stored = document.files.filter(language=lang).first()
    if stored is None or stored.extension != ext:
        raise _no_such_file()
    filename = readable_filename(
        "nfop",
        document.kind.replace("_", "-"),
        document.number,
        document.date.isoformat() if document.date else "",
        lang,
        extension=ext,
    )
    return mark_preview(request, file_download(stored, filename), document)


class _ChunkSink:
    """A write-only stream zipfile writes into; whatever it wrote is handed on and dropped."""

    def __init__(self):
        self._chunks = []

    def writable(self):
        return True

    def write(self, data):
        self._chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def drain(self):
        chunks, self._chunks = self._chunks, []
        return chunks


def stream_zip(entries):
    """Yield a ZIP archive of (name, stored file) pairs, reading each file in small chunks.

    zipfile cannot seek in the sink, so it writes each entry's sizes after its data; neither
    the files nor the archive are ever held in memory whole.
    """
    sink = _ChunkSink()
    with zipfile.ZipFile(sink, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, stored, modified in entries:
            try:
                source = stored.file.open("rb")
            except (FileNotFoundError, ValueError):
                continue  # a file lost from storage must not break the rest of the archive
            info = zipfile.ZipInfo(name, date_time=modified.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            with source, archive.open(info, mode="w") as target:
                while chunk := source.read(CHUNK_SIZE):
                    target.write(chunk)
                    yield from sink.drain()
            yield from sink.drain()
    yield from sink.drain()


@require_safe
def transcripts_zip(request, year):
    files = [
        stored
        for stored in selectors.transcripts_of_year(year)
        if stored.file.storage.exists(stored.file.name)
    ]
    if not files:
        raise Http404(_("No transcripts were published for this year."))
    entries = [
        (
            transcript_filename(stored),
            stored,
            timezone.localtime(stored.transcript.published_at or stored.uploaded_at),
        )
        for stored in files
    ]
    response = StreamingHttpResponse(stream_zip(entries), content_type="application/zip")
    response["Content-Disposition"] = content_disposition_header(
        True, f"nfop-transcripts-{year}.zip"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600"
    return response
