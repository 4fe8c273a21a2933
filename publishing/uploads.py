"""Uploaded files: accepted by what they contain, never by their name.

A file is sniffed from its first bytes (and, for DOCX and ODT, from its ZIP directory), limited
in size per kind, and stored under a name the server makes up; the uploader's filename is kept
only to offer it back on download.
"""

import io
import uuid
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MB = 1024 * 1024


@dataclass(frozen=True)
class FileKind:
    extension: str
    content_type: str
    label: str


PDF = FileKind("pdf", "application/pdf", "PDF")
DOCX = FileKind(
    "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"
)
ODT = FileKind("odt", "application/vnd.oasis.opendocument.text", "ODT")
RTF = FileKind("rtf", "application/rtf", "RTF")
TEXT = FileKind("txt", "text/plain; charset=utf-8", "TXT")
MP3 = FileKind("mp3", "audio/mpeg", "MP3")
OGG = FileKind("ogg", "audio/ogg", "OGG")
M4A = FileKind("m4a", "audio/mp4", "M4A")
PNG = FileKind("png", "image/png", "PNG")
JPEG = FileKind("jpg", "image/jpeg", "JPEG")
WEBP = FileKind("webp", "image/webp", "WebP")

KINDS_BY_EXTENSION = {
    kind.extension: kind for kind in (PDF, DOCX, ODT, RTF, TEXT, MP3, OGG, M4A, PNG, JPEG, WEBP)
}

SIZE_LIMITS = {"document": 20 * MB, "audio": 200 * MB, "image": 5 * MB}


def _head(file, size=4096):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def _zip_names(file):
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return set(), b""
    finally:
        file.seek(0)
    return names, mimetype


def _is_plain_text(file, limit=2 * MB):
    file.seek(0)
    data = file.read(limit)
    file.seek(0)
    if not data or b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the read limit is still text.
        return error.start >= len(data) - 3 and len(data) == limit
    return True


def sniff_document(file):
    head = _head(file)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(b"PK\x03\x04"):
        names, mimetype = _zip_names(file)
        if "word/document.xml" in names and "[Content_Types].xml" in names:
            return DOCX
        if mimetype == ODT.content_type.encode():
            return ODT
        return None
    if _is_plain_text(file):
        return TEXT
    return None


def sniff_audio(file):
    head = _head(file, 64)
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return MP3
    if head.startswith(b"OggS"):
        return OGG
    if head[4:8] == b"ftyp" and head[8:12] in {b"M4A ", b"M4B ", b"mp42", b"isom", b"mp41"}:
        return M4A
    return None


def sniff_image(file):
    from PIL import Image, UnidentifiedImageError

    try:
        file.seek(0)
        with Image.open(file) as image:
            image.verify()
            image_format = image.format
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return None
    finally:
        file.seek(0)
    return {"PNG": PNG, "JPEG": JPEG, "WEBP": WEBP}.get(image_format)


SNIFFERS = {"document": sniff_document, "audio": sniff_audio, "image": sniff_image}
ACCEPTED = {
    "document": _("PDF, DOCX, ODT, RTF or plain text (UTF-8)"),
    "audio": _("MP3, OGG or M4A"),
    "image": _("PNG, JPEG or WebP"),
}


def detect_kind(file, category):
    """The FileKind of an uploaded file, or a ValidationError saying what is accepted."""
    limit = SIZE_LIMITS[category]
    size = getattr(file, "size", None)
    if size is not None and size > limit:
        raise ValidationError(
            _("The file is too large (%(size)s MB). The limit for this kind is %(limit)s MB."),
            code="file_too_large",
            params={"size": f"{size / MB:.1f}", "limit": limit // MB},
        )
    if size == 0:
        raise ValidationError(_("The file is empty."), code="file_empty")
    kind = SNIFFERS[category](file)
    if kind is None:
        raise ValidationError(
            _(
                "This file's content is not an accepted kind, whatever its name says. "
                "Accepted: %(accepted)s."
            ),
            code="file_kind",
            params={"accepted": ACCEPTED[category]},
        )
    return kind


class ContentValidator:
    """A model-field validator: FileField(validators=[ContentValidator("document")])."""

    def __init__(self, category):
        self.category = category

    def __call__(self, fieldfile):
        file = getattr(fieldfile, "file", fieldfile)
        if getattr(fieldfile, "_committed", False):
            return  # already stored and checked when it was uploaded
        detect_kind(file, self.category)

    def __eq__(self, other):
        return isinstance(other, ContentValidator) and other.category == self.category

    def deconstruct(self):
        return ("publishing.uploads.ContentValidator", (self.category,), {})


def reencode_image(file, kind):
    """Re-encode an image so nothing but pixels survives (no metadata, no polyglot payload)."""
    from PIL import Image

    file.seek(0)
    with Image.open(file) as image:
        image.load()
        output = io.BytesIO()
        pil_format = {"png": "PNG", "jpg": "JPEG", "webp": "WEBP"}[kind.extension]
        if pil_format == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(output, format=pil_format)
    output.seek(0)
    return output


class StoredFile(models.Model):
    """An uploaded file with its kind, size and the uploader's filename; names made up here.

    Subclasses set `category` ("document", "audio" or "image") and `upload_folder`.
    """

    category = "document"
    upload_folder = "files"

    original_filename = models.CharField(_("original filename"), max_length=255, editable=False)
    content_type = models.CharField(_("content type"), max_length=120, editable=False)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        pending = self.file and not getattr(self.file, "_committed", True)
        if pending:
            upload = self.file.file
            kind = detect_kind(upload, self.category)
            self.original_filename = (self.file.name or "").rsplit("/", 1)[-1][:255]
            self.content_type = kind.content_type
            if self.category == "image":
                from django.core.files.base import ContentFile

                upload = ContentFile(reencode_image(upload, kind).read())
            self.size = upload.size
            server_name = (
                f"{self.upload_folder}/{timezone.now():%Y}/{uuid.uuid4().hex}.{kind.extension}"
            )
            self.file.save(server_name, upload, save=False)
        super().save(*args, **kwargs)

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1].lower() if self.file else ""

    @property
    def format_label(self):
        kind = KINDS_BY_EXTENSION.get(self.extension)
        return kind.label if kind else self.extension.upper()
