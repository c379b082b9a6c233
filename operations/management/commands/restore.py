"""`make restore FILE=…`: put a backup archive back (database + media files)."""

from pathlib import Path

import environ
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from operations.backups import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup archive into the site's database and media folder "
        "(or into another database with --database-url)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by `backup`.")
        parser.add_argument(
            "--database-url",
            default="",
            help="Restore into this database instead of the site's (e.g. a fresh one).",
        )
        parser.add_argument(
            "--media-root", default="", help="Restore the files here instead."
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, archive, database_url, media_root, interactive, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No such backup: {path}")
        database = (
            environ.Env.db_url_config(database_url)
            if database_url
            else dict(connections["default"].settings_dict)
        )
        target_media = Path(media_root or settings.MEDIA_ROOT)
        if interactive:
            answer = input(
                f"Replace the database {database['NAME']} and add the files to "
                f"{target_media} from {path.name}? Type 'yes': "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        if not database_url:
            # The site's own database: no connection of ours may hold it.
            connections.close_all()
        try:
            manifest = backup_restore(
                archive_path=path, database=database, media_root=target_media
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {manifest['database']} backup of {manifest['created_at']} "
            f"({manifest['media_files']} files)."
        )
