"""/healthz says the database is there only when its schema is."""

import pytest
from django.db import connection


@pytest.mark.django_db
def test_healthz_is_ok_on_a_migrated_database(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_healthz_answers_503_when_the_schema_is_gone(client):
    # What a deleted SQLite file looks like once SQLite has recreated it empty.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE django_migrations RENAME TO gone_migrations")

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["status"] == "error"
