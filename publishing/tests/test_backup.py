"""The whole content goes into one archive and comes back, files included."""

import zipfile
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from directory.models import Organization
from pages.models import KeyFigure, Page


@pytest.mark.django_db(transaction=True)
def test_export_and_restore_round_trip(tmp_path, settings, demo_content):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    media_file = tmp_path / "media" / "plans" / "2019" / "plan.txt"
    media_file.parent.mkdir(parents=True)
    media_file.write_bytes("План действий".encode())
    Page.objects.create(slug="kept", title_ru="Сохранится", title_ky="Сакталат", title_en="Kept")
    counts = (Page.objects.count(), KeyFigure.objects.count(), Organization.objects.count())
    archive = tmp_path / "backup.zip"

    call_command("export_content", str(archive), stdout=StringIO())
    with zipfile.ZipFile(archive) as opened:
        assert {"manifest.json", "content.json", "media/plans/2019/plan.txt"} <= set(
            opened.namelist()
        )

    with pytest.raises(CommandError, match="already holds content"):
        call_command("restore_content", str(archive), stdout=StringIO())

    call_command("flush", interactive=False, verbosity=0)
    media_file.unlink()
    out = StringIO()
    call_command("restore_content", str(archive), stdout=out)
    assert "Restored" in out.getvalue()
    assert (Page.objects.count(), KeyFigure.objects.count(), Organization.objects.count()) == counts
    kept = Page.objects.get(slug="kept")
    assert (kept.title_ru, kept.title_ky, kept.title_en) == ("Сохранится", "Сакталат", "Kept")
    assert media_file.read_bytes() == "План действий".encode()
    assert ContentFile  # the archive restores files byte for byte


def test_restore_refuses_an_archive_with_unsafe_paths(tmp_path, db):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        opened.writestr("manifest.json", '{"format": 1, "rows": 0, "media_files": 1}')
        opened.writestr("content.json", "[]")
        opened.writestr("media/../../etc/passwd", "x")
    call_command("flush", interactive=False, verbosity=0)
    with pytest.raises(CommandError, match="unsafe path"):
        call_command("restore_content", str(archive), stdout=StringIO())
