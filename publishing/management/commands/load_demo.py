"""Load everything the source document holds, plus marked sample data, idempotently."""

from collections import Counter
from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Order matters: later loaders refer to what earlier ones created.
DEMO_LOADERS = [
    "pages.demo",
    "directory.demo",
    "commitments.demo",
    "forum.demo",
    "coalition.demo",
    "reports.demo",
    # Last: indexes everything the loaders above created.
    "search.demo",
]


class Command(BaseCommand):
    help = "Load the demo content (the source document and marked sample data). Safe to rerun."

    def handle(self, *args, **options):
        totals = Counter()
        loaders = []
        for module_path in DEMO_LOADERS:
            try:
                loaders.append((module_path, import_module(module_path)))
            except ModuleNotFoundError as error:
                if error.name != module_path:
                    raise
        for index, (module_path, module) in enumerate(loaders, start=1):
            self.stdout.write(f"[{index}/{len(loaders)}] {module_path} …", ending="")
            self.stdout.flush()
            with transaction.atomic():
                counts = module.load()
            totals.update(counts)
            self.stdout.write(" " + self._describe(counts))
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {self._describe(totals)}."))

    @staticmethod
    def _describe(counts):
        return ", ".join(f"{counts[key]} {key}" for key in ("created", "updated", "unchanged"))
