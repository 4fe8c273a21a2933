"""Uploads are judged by their content: disguised, empty and oversized files are refused."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from publishing import uploads


def pdf_bytes():
    return b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def png_bytes():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "navy").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("minutes.pdf", pdf_bytes(), uploads.PDF),
        ("minutes.docx", docx_bytes(), uploads.DOCX),
        ("minutes.odt", odt_bytes(), uploads.ODT),
        ("minutes.rtf", b"{\\rtf1\\ansi Hello}", uploads.RTF),
        ("minutes.txt", "Стенограмма заседания".encode(), uploads.TEXT),
        # The name does not matter: a PDF named .txt is still a PDF.
        ("minutes.txt", pdf_bytes(), uploads.PDF),
    ],
)
def test_documents_are_recognised_by_content(name, content, expected):
    assert uploads.detect_kind(SimpleUploadedFile(name, content), "document") == expected


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("minutes.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"),  # Windows program
        ("minutes.pdf", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 32),  # Linux program
        ("minutes.docx", b"PK\x03\x04 not really a zip"),
        ("minutes.docx", zipfile.ZipFile.__name__.encode() + b"\x00\x01"),
        ("photo.png", pdf_bytes()),
    ],
)
def test_disguised_files_are_refused_with_a_clear_message(name, content):
    category = "image" if name.endswith(".png") else "document"
    with pytest.raises(ValidationError) as error:
        uploads.detect_kind(SimpleUploadedFile(name, content), category)
    assert error.value.code == "file_kind"
    with translation.override("en"):
        assert "whatever its name says" in str(error.value.messages[0])
    with translation.override("ky"):
        assert "Файлдын аталышы эмнени көрсөтпөсүн" in str(error.value.messages[0])


def test_oversized_files_are_refused_before_reading_them(settings):
    upload = SimpleUploadedFile("big.pdf", pdf_bytes())
    upload.size = uploads.SIZE_LIMITS["document"] + 1
    with pytest.raises(ValidationError) as error:
        uploads.detect_kind(upload, "document")
    assert error.value.code == "file_too_large"


def test_empty_files_are_refused():
    with pytest.raises(ValidationError) as error:
        uploads.detect_kind(SimpleUploadedFile("empty.txt", b""), "document")
    assert error.value.code == "file_empty"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\x00" * 20, uploads.MP3),
        (b"\xff\xfb\x90\x00" + b"\x00" * 20, uploads.MP3),
        (b"OggS\x00\x02" + b"\x00" * 20, uploads.OGG),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00" + b"\x00" * 20, uploads.M4A),
    ],
)
def test_audio_is_recognised_by_content(content, expected):
    assert uploads.detect_kind(SimpleUploadedFile("x.bin", content), "audio") == expected


def test_images_are_reencoded_without_trailing_payload():
    payload = png_bytes() + b"<script>alert(1)</script>"
    kind = uploads.detect_kind(SimpleUploadedFile("x.png", payload), "image")
    assert kind == uploads.PNG
    clean = uploads.reencode_image(io.BytesIO(payload), kind).read()
    assert clean.startswith(b"\x89PNG")
    assert b"<script>" not in clean
