"""Export the whole content (database rows and uploaded files) into one ZIP, and back.

The archive holds content.json (dumpdata with natural keys, so it loads into any freshly
migrated database), the uploaded files under media/, and manifest.json describing both.
"""

import json
import tempfile
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

FORMAT_VERSION = 1
# Rebuilt by migrate, or not content: left out of the archive.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes"]
CONTENT_APPS = ["pages", "directory", "commitments", "forum", "coalition", "reports"]


class RestoreError(Exception):
    pass


def _media_root():
    return Path(settings.MEDIA_ROOT)


def content_row_count():
    return sum(
        model._default_manager.count()
        for label in CONTENT_APPS
        if label in {app.label for app in apps.get_app_configs()}
        for model in apps.get_app_config(label).get_models()
    )


def export_content(archive_path, progress=print):
    archive_path = Path(archive_path)
    with tempfile.TemporaryDirectory() as workdir:
        dump = Path(workdir) / "content.json"
        progress("Exporting database rows …")
        call_command(
            "dumpdata",
            exclude=EXCLUDED,
            natural_foreign=True,
            natural_primary=True,
            output=str(dump),
            verbosity=0,
        )
        rows = json.loads(dump.read_text(encoding="utf-8"))
        by_model = Counter(row["model"] for row in rows)
        media_files = (
            [p for p in _media_root().rglob("*") if p.is_file()] if _media_root().exists() else []
        )
        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "rows": len(rows),
            "rows_by_model": dict(sorted(by_model.items())),
            "media_files": len(media_files),
        }
        with zipfile.ZipFile(archive_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, indent=2))
            archive.write(dump, "content.json")
            for index, path in enumerate(media_files, start=1):
                archive.write(path, f"media/{path.relative_to(_media_root()).as_posix()}")
                if index % 50 == 0 or index == len(media_files):
                    progress(f"Files: {index}/{len(media_files)}")
    return manifest


def restore_content(archive_path, progress=print):
    archive_path = Path(archive_path)
    if content_row_count():
        raise RestoreError(
            "The database already holds content. Restore only into an empty, migrated database."
        )
    with zipfile.ZipFile(archive_path) as archive:
        names = set(archive.namelist())
        if not {"manifest.json", "content.json"} <= names:
            raise RestoreError("This is not a content archive of the portal.")
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != FORMAT_VERSION:
            raise RestoreError(f"Unsupported archive format {manifest.get('format')!r}.")
        media_names = [
            name for name in names if name.startswith("media/") and not name.endswith("/")
        ]
        for name in media_names:
            relative = PurePosixPath(name).relative_to("media")
            if relative.is_absolute() or ".." in relative.parts:
                raise RestoreError(f"Refusing an unsafe path in the archive: {name}")
        with tempfile.TemporaryDirectory() as workdir:
            dump = Path(workdir) / "content.json"
            dump.write_bytes(archive.read("content.json"))
            progress(f"Loading {manifest['rows']} database rows …")
            with transaction.atomic():
                # Groups are recreated by migrate; the archive's copies replace them.
                from django.contrib.auth.models import Group

                Group.objects.all().delete()
                call_command("loaddata", str(dump), verbosity=0)
        root = _media_root()
        for index, name in enumerate(sorted(media_names), start=1):
            target = root / PurePosixPath(name).relative_to("media")
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(name) as source, open(target, "wb") as out:
                while chunk := source.read(1024 * 1024):
                    out.write(chunk)
            if index % 50 == 0 or index == len(media_names):
                progress(f"Files: {index}/{len(media_names)}")
    return manifest
