import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "SECRET_"))
    }
    environment.update(env)
    return subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def production_env(tmp_path):
    return {
        "DJANGO_SETTINGS_MODULE": "osmose_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        "ALLOWED_HOSTS": "osmose.example.gouv.fr",
        "EMAIL_URL": "smtp+tls://osmose:secret@smtp.example.gouv.fr:587",
    }


def test_deploy_check_is_clean_with_the_documented_variables(production_env):
    result = _manage("check", "--deploy", **production_env)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNINGS" not in result.stderr


def test_production_refuses_to_start_without_a_secret_key(production_env):
    del production_env["SECRET_KEY"]

    result = _manage("check", **production_env)

    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_to_start_without_a_database_url(production_env):
    del production_env["DATABASE_URL"]

    result = _manage("check", **production_env)

    assert result.returncode != 0
    assert "DATABASE_URL must be set in production" in result.stderr


def test_production_refuses_demo_content(production_env):
    # Refused before the database is opened: no need to migrate one first.
    result = _manage("load_demo", **production_env)

    assert result.returncode != 0
    assert "no such table" not in result.stderr
    assert "production" in result.stderr


@pytest.mark.parametrize("email_url", [None, "consolemail://", "dummymail://"])
def test_deploy_check_fails_when_emails_would_not_be_sent(production_env, email_url):
    production_env.pop("EMAIL_URL")
    if email_url:
        production_env["EMAIL_URL"] = email_url

    result = _manage("check", "--deploy", **production_env)

    assert result.returncode != 0
    assert "osmose.E001" in result.stderr
