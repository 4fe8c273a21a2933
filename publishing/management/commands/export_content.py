from django.core.management.base import BaseCommand

from publishing.backup import export_content


class Command(BaseCommand):
    help = "Export the whole content (database and uploaded files) into one ZIP archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Where to write the archive, e.g. backup.zip")

    def handle(self, *args, archive, **options):
        manifest = export_content(archive, progress=self.stdout.write)
        rows, files = manifest["rows"], manifest["media_files"]
        done = f"Exported {rows} rows and {files} files to {archive}."
        self.stdout.write(self.style.SUCCESS(done))
