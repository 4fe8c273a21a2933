"""Serving stored files to journalists: streamed, typed, named for people, never sniffed."""

import re

from django.http import FileResponse, Http404
from django.utils.translation import gettext as _


def readable_filename(*parts, extension):
    """'nfop-meeting-5-2019-04-12-ru.pdf' from parts; only safe characters survive."""
    text = "-".join(str(part) for part in parts if part not in (None, ""))
    text = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-._")
    return f"{text or 'file'}.{extension}"


def file_download(stored_file, filename):
    """A streaming attachment response for a StoredFile; a missing file is a 404, not a 500."""
    try:
        handle = stored_file.file.open("rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404(_("This file is not available.")) from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=filename,
        content_type=stored_file.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600"
    return response
