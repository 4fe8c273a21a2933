from django.core.management.base import BaseCommand, CommandError

from publishing.backup import RestoreError, restore_content


class Command(BaseCommand):
    help = "Restore an archive made by export_content into an empty, migrated database."

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, archive, **options):
        try:
            manifest = restore_content(archive, progress=self.stdout.write)
        except (RestoreError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {manifest['rows']} rows and {manifest['media_files']} files."
            )
        )
