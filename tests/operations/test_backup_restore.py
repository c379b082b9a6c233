"""A backup restores into a fresh database with the same rows and files."""

import sqlite3
import tarfile
import uuid

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from discussions.models import Theme
from profiles.models import Profile
from profiles.services import profile_update
from tests.profiles.conftest import image_upload

# Committed rows: pg_dump reads them from another connection.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def content(make_user):
    member = make_user(username="sauvegarde", first_name="Rose", last_name="Lenoir")
    profile_update(
        user=member, first_name="Rose", last_name="Lenoir", photo=image_upload()
    )
    Theme.objects.create(title="Urbanisme", slug="urbanisme")
    return Profile.objects.get(user=member)


def _rows_sqlite(path):
    with sqlite3.connect(path) as db:
        return (
            db.execute("SELECT username FROM auth_user").fetchall(),
            db.execute(
                "SELECT photo_medium FROM profiles_profile p JOIN auth_user u "
                "ON u.id = p.user_id WHERE u.username = 'sauvegarde'"
            ).fetchone()[0],
            db.execute("SELECT title FROM discussions_theme").fetchall(),
        )


def _rows_postgres(dsn):
    with psycopg.connect(dsn) as db:
        return (
            db.execute("SELECT username FROM auth_user").fetchall(),
            db.execute(
                "SELECT photo_medium FROM profiles_profile p JOIN auth_user u "
                "ON u.id = p.user_id WHERE u.username = 'sauvegarde'"
            ).fetchone()[0],
            db.execute("SELECT title FROM discussions_theme").fetchall(),
        )


@pytest.fixture
def fresh_database(tmp_path):
    """An empty database of the same kind as the tests', dropped afterwards."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        path = tmp_path / "fresh.sqlite3"
        yield f"sqlite:///{path}", lambda: _rows_sqlite(path)
        return
    name = f"osmose_restore_{uuid.uuid4().hex[:8]}"
    server = (
        f"postgresql://{settings_dict['USER']}@{settings_dict['HOST']}:"
        f"{settings_dict['PORT'] or 5432}"
    )
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}", lambda: _rows_postgres(f"{server}/{name}")
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restores_into_a_fresh_database(
    content, tmp_path, fresh_database, capsys
):
    call_command("backup", output=str(tmp_path / "backups"))
    archive = capsys.readouterr().out.strip()
    with tarfile.open(archive) as opened:
        names = opened.getnames()
    assert "manifest.json" in names
    assert f"media/{content.photo_medium.name}" in names

    url, rows = fresh_database
    restored_media = tmp_path / "restored-media"
    call_command(
        "restore",
        archive,
        database_url=url,
        media_root=str(restored_media),
        interactive=False,
    )

    users, photo, themes = rows()
    assert ("sauvegarde",) in users
    assert photo == content.photo_medium.name
    assert ("Urbanisme",) in themes
    original = content.photo_medium.read()
    assert (restored_media / content.photo_medium.name).read_bytes() == original
    assert "Restored" in capsys.readouterr().out


def test_a_backup_of_another_database_kind_is_refused(content, tmp_path, capsys):
    from django.core.management.base import CommandError

    call_command("backup", output=str(tmp_path / "backups"))
    archive = capsys.readouterr().out.strip()
    other = (
        "postgres://postgres@127.0.0.1:5432/nothing"
        if connection.vendor == "sqlite"
        else f"sqlite:///{tmp_path / 'x.sqlite3'}"
    )
    with pytest.raises(CommandError, match="holds a"):
        call_command("restore", archive, database_url=other, interactive=False)
