"""Backups of the database and the uploaded files, and their restoration.

An archive (`osmose-backup-<date>.tar.gz`) holds `manifest.json`, the database
(`database.sqlite3`, an SQLite online backup, or `database.dump`, a pg_dump
custom-format dump) and `media/`, the uploaded files.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

MANIFEST = "manifest.json"
SQLITE_NAME = "database.sqlite3"
POSTGRES_NAME = "database.dump"


class BackupError(Exception):
    pass


def _vendor(database: dict) -> str:
    engine = database["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if engine.endswith("postgresql"):
        return "postgresql"
    raise BackupError(f"Unsupported database engine: {engine}")


def _pg_env(database: dict) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "PGHOST": str(database.get("HOST") or ""),
            "PGPORT": str(database.get("PORT") or ""),
            "PGUSER": str(database.get("USER") or ""),
            "PGPASSWORD": str(database.get("PASSWORD") or ""),
            "PGDATABASE": str(database["NAME"]),
        }
    )
    return {key: value for key, value in env.items() if value != ""}


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} is missing: install the PostgreSQL client (postgresql-client)."
        )
    return path


def _dump_database(alias: str, folder: Path) -> str:
    connection = connections[alias]
    vendor = _vendor(connection.settings_dict)
    if vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(folder / SQLITE_NAME)
        try:
            # The online backup API: consistent even while the site writes.
            connection.connection.backup(target)
        finally:
            target.close()
    else:
        subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [
                _pg_tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={folder / POSTGRES_NAME}",
            ],
            env=_pg_env(connection.settings_dict),
            check=True,
            capture_output=True,
        )
    return vendor


def backup_create(*, output_dir: Path, alias: str = "default") -> Path:
    """Write a backup archive into `output_dir` and return its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    archive_path = output_dir / f"osmose-backup-{stamp}.tar.gz"
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        vendor = _dump_database(alias, folder)
        media_files = (
            sum(1 for path in media_root.rglob("*") if path.is_file())
            if media_root.is_dir()
            else 0
        )
        (folder / MANIFEST).write_text(
            json.dumps(
                {
                    "created_at": timezone.now().isoformat(),
                    "database": vendor,
                    "media_files": media_files,
                },
                indent=2,
            )
        )
        partial = archive_path.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(folder / MANIFEST, arcname=MANIFEST)
            name = SQLITE_NAME if vendor == "sqlite" else POSTGRES_NAME
            archive.add(folder / name, arcname=name)
            if media_root.is_dir():
                archive.add(media_root, arcname="media")
        partial.rename(archive_path)
    return archive_path


def _safe_members(archive: tarfile.TarFile):
    for member in archive.getmembers():
        if member.issym() or member.islnk():
            continue
        yield member


def backup_restore(*, archive_path: Path, database: dict, media_root: Path) -> dict:
    """Restore an archive into `database` (a settings dict) and `media_root`.

    The database should be empty (a fresh one) or the site's own: PostgreSQL
    objects are dropped and recreated, an SQLite file is replaced.
    """
    vendor = _vendor(database)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        with tarfile.open(archive_path, "r:gz") as archive:
            archive.extractall(folder, members=_safe_members(archive), filter="data")
        manifest = json.loads((folder / MANIFEST).read_text())
        if manifest["database"] != vendor:
            raise BackupError(
                f"This backup holds a {manifest['database']} database, not {vendor}."
            )
        if vendor == "sqlite":
            target = Path(database["NAME"])
            target.parent.mkdir(parents=True, exist_ok=True)
            staged = target.with_name(target.name + ".restoring")
            shutil.copyfile(folder / SQLITE_NAME, staged)
            os.replace(staged, target)
            for suffix in ("-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
        else:
            result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [
                    _pg_tool("pg_restore"),
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    f"--dbname={database['NAME']}",
                    str(folder / POSTGRES_NAME),
                ],
                env=_pg_env(database),
                capture_output=True,
                text=True,
            )
            if result.returncode != 0:
                raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
        media_source = folder / "media"
        if media_source.is_dir():
            media_root = Path(media_root)
            media_root.mkdir(parents=True, exist_ok=True)
            shutil.copytree(media_source, media_root, dirs_exist_ok=True)
    return manifest
