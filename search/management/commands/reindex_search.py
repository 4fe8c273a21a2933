"""Rebuild the search index from the published content, reporting as it goes."""

from django.core.management.base import BaseCommand, CommandError

from search.indexers import INDEXERS
from search.services import search_index_rebuild

# How the summary names each kind (operators read it; management commands speak English).
KIND_NAMES = {
    "commitment": "commitments",
    "milestone": "milestones",
    "meeting": "Forum meetings",
    "transcript": "transcript entries",
    "report": "reports",
    "coalition_member": "Coalition members",
    "organization": "organizations",
    "person": "people",
    "page": "explainer pages",
}


class Command(BaseCommand):
    help = (
        "Rebuild the search index from published content (all kinds, or those named). "
        "Only differences are written, so it is safe to run at any time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--kind",
            action="append",
            dest="kinds",
            metavar="KIND",
            help=f"Only this kind (repeatable): {', '.join(INDEXERS)}.",
        )

    def handle(self, *args, kinds=None, **options):
        unknown = sorted(set(kinds or []) - set(INDEXERS))
        if unknown:
            raise CommandError(
                f"Unknown kind: {', '.join(unknown)}. Choose from {', '.join(INDEXERS)}."
            )
        chosen = kinds or list(INDEXERS)

        def progress(kind, counts):
            index = chosen.index(kind) + 1
            kept = counts["created"] + counts["updated"] + counts["unchanged"]
            self.stdout.write(
                f"[{index}/{len(chosen)}] {KIND_NAMES.get(kind, kind)}: {kept} entries "
                f"({counts['created']} created, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged, {counts['deleted']} deleted)"
            )

        results = search_index_rebuild(kinds=kinds, progress=progress)
        totals = {
            kind: counts["created"] + counts["updated"] + counts["unchanged"]
            for kind, counts in results.items()
            if kind in INDEXERS
        }
        deleted = sum(counts["deleted"] for counts in results.values())
        summary = ", ".join(
            f"{count} {KIND_NAMES.get(kind, kind)}" for kind, count in totals.items()
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {sum(totals.values())} entries: {summary}; {deleted} removed."
            )
        )
