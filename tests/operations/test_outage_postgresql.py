"""The database stops while members browse: a French 503, /healthz says so,
and the site recovers by itself when the database is back."""

import psycopg
import pytest
from django.core.signals import request_finished, request_started
from django.db import connection
from django.test import Client

from home.models import HomePage


def _admin_dsn() -> str:
    settings_dict = connection.settings_dict
    return (
        f"postgresql://{settings_dict['USER']}@{settings_dict['HOST']}:"
        f"{settings_dict['PORT'] or 5432}/postgres"
    )


def _cut(database: str, *, block: bool) -> None:
    """Drop every connection to the database, and refuse new ones if `block`."""
    with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
        if block:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [database],
        )


def _restore(database: str) -> None:
    with psycopg.connect(_admin_dsn(), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')


def _browse(client, url):
    """One request as a server runs it: Django checks its connections when a
    request starts and ends (the test client alone skips that)."""
    request_started.send(sender=__name__)
    try:
        return client.get(url)
    finally:
        request_finished.send(sender=__name__)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_postgresql_outage_503_healthz_and_recovery(site_tree, client):
    client.raise_request_exception = False
    client.force_login(site_tree.users["membre"])
    # The uptime probe asks anonymously.
    probe = Client(raise_request_exception=False)
    home_url = HomePage.objects.get().url
    database = connection.settings_dict["NAME"]
    saved = {
        key: connection.settings_dict[key]
        for key in ("CONN_MAX_AGE", "CONN_HEALTH_CHECKS")
    }
    # Persistent, health-checked connections, as in production.
    connection.settings_dict.update({"CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True})
    connection.close()
    try:
        assert _browse(client, home_url).status_code == 200

        # A database restart: the open connection dies; the next request's
        # health check notices and reconnects, nobody sees an error.
        _cut(database, block=False)
        assert _browse(client, home_url).status_code == 200

        # The database is down.
        _cut(database, block=True)
        page = _browse(client, home_url)
        assert page.status_code == 503
        assert "Service momentanément indisponible" in page.content.decode()
        health = _browse(probe, "/healthz")
        assert health.status_code == 503
        assert health.json()["database"] == "unavailable"
        # With a member's session, loading the member fails before the view.
        health = _browse(client, "/healthz")
        assert health.status_code == 503
        assert health.json()["database"] == "unavailable"

        # Back: the site recovers by itself, without a restart.
        _restore(database)
        assert _browse(probe, "/healthz").json() == {
            "status": "ok",
            "database": "ok",
        }
        assert _browse(client, home_url).status_code == 200
    finally:
        _restore(database)
        connection.settings_dict.update(saved)
        connection.close()
