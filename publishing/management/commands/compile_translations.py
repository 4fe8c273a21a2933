"""Compile every .po catalogue to .mo with polib, so no GNU gettext is needed to install."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogues():
    base = Path(settings.BASE_DIR)
    for po_path in sorted(base.glob("locale/*/LC_MESSAGES/*.po")) + sorted(
        base.glob("*/locale/*/LC_MESSAGES/*.po")
    ):
        if ".venv" not in po_path.parts and "node_modules" not in po_path.parts:
            yield po_path


class Command(BaseCommand):
    help = "Compile the project's translation catalogues (.po) into .mo files."

    def handle(self, *args, **options):
        compiled = 0
        for po_path in catalogues():
            mo_path = po_path.with_suffix(".mo")
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            compiled += 1
            if options["verbosity"] > 1:
                self.stdout.write(f"  {po_path.relative_to(settings.BASE_DIR)}")
        self.stdout.write(self.style.SUCCESS(f"Compiled {compiled} catalogues."))
