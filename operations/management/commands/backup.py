"""`make backup`: the database and the uploaded files in one archive."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, backup_create


class Command(BaseCommand):
    help = "Write a backup archive (database dump + media files)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(Path(settings.BASE_DIR) / "var" / "backups"),
            help="Folder the archive is written to (default: var/backups).",
        )

    def handle(self, *args, output, **options):
        try:
            path = backup_create(output_dir=Path(output))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(path))
