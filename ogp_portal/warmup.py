"""Work the gunicorn master does once, after loading the portal and before forking workers.

A worker forked from a master that has already imported every view, resolved its addresses in
every language, loaded the translations and compiled every template starts serving at full
speed. Without this, each new worker (and gunicorn replaces them now and then, see
gunicorn.conf.py) did all that on its first requests: half a second of a visitor's time.
"""

import gc
import logging
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.template.autoreload import get_template_directories
from django.urls import get_resolver, reverse
from django.utils import translation

logger = logging.getLogger(__name__)

TEMPLATE_SUFFIXES = {".html", ".txt", ".xml", ".ics"}


def portal_template_directories():
    """The template directories of the portal's own apps (installed packages' are left out)."""
    base = Path(settings.BASE_DIR).resolve()
    return sorted(
        directory
        for directory in get_template_directories()
        if directory.resolve().is_relative_to(base) and "site-packages" not in directory.parts
    )


def compile_templates():
    """Compile every template of the portal's own directories; returns how many."""
    engine = engines["django"]
    compiled = 0
    for directory in portal_template_directories():
        for path in sorted(Path(directory).rglob("*")):
            if path.suffix not in TEMPLATE_SUFFIXES or not path.is_file():
                continue
            try:
                engine.get_template(path.relative_to(directory).as_posix())
            except (TemplateDoesNotExist, TemplateSyntaxError) as error:
                # The page using it fails the same way; the other pages must still be served.
                logger.error("Template %s not compiled: %s", path, error)
                continue
            compiled += 1
    return compiled


def load_addresses_and_translations():
    """Import the URLconf with every view, and build its reverse lookup and load the message
    catalogues in each language."""
    get_resolver().url_patterns  # noqa: B018 - reading it imports every app's views
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            reverse("pages:home")
            translation.gettext("Home")


def prepare_for_fork():
    """Load the addresses, translations and templates, close any database connection (a
    forked worker must open its own), and move what the master built out of the garbage
    collector's way: the workers share it copy-on-write, and a collection touching it would
    copy it into each of them."""
    load_addresses_and_translations()
    compiled = compile_templates()
    connections.close_all()
    gc.collect()
    gc.freeze()
    return compiled
