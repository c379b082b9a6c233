"""Optional integrations switch on from the environment (12-factor)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRINT_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "cache": settings.CACHES["default"]["BACKEND"],
    "channels": settings.CHANNEL_LAYERS["default"]["BACKEND"],
    "search": settings.WAGTAILSEARCH_BACKENDS["default"],
    "db": settings.DATABASES["default"]["ENGINE"],
    "conn_max_age": settings.DATABASES["default"].get("CONN_MAX_AGE"),
    "health": settings.DATABASES["default"].get("CONN_HEALTH_CHECKS"),
    "email": settings.EMAIL_BACKEND,
    "storage": settings.STORAGES["default"]["BACKEND"],
    "tasks": settings.TASKS["default"]["BACKEND"],
}, default=str))
"""


def _settings_with(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "ELASTICSEARCH_URL",
            "EMAIL_URL",
            "AWS_STORAGE_BUCKET_NAME",
        }
    }
    environment["DJANGO_SETTINGS_MODULE"] = "osmose_site.settings.dev"
    environment.update(env)
    result = subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "manage.py", "shell", "-c", PRINT_SETTINGS],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_defaults_need_no_service():
    config = _settings_with()

    assert config["db"] == "django.db.backends.sqlite3"
    assert config["cache"].endswith("LocMemCache")
    assert config["channels"] == "channels.layers.InMemoryChannelLayer"
    assert config["search"]["BACKEND"] == "search.backends.database"
    assert config["email"] == "django.core.mail.backends.console.EmailBackend"
    assert config["storage"].endswith("FileSystemStorage")
    assert config["tasks"].endswith("ImmediateBackend")


def test_production_services_switch_on_from_their_urls():
    config = _settings_with(
        DATABASE_URL="postgres://osmose:secret@db.internal:5432/osmose",
        REDIS_URL="redis://cache.internal:6379/0",
        EMAIL_URL="smtp+tls://mailer:secret@smtp.internal:587",
    )

    assert config["db"] == "django.db.backends.postgresql"
    # No persistent connection under ASGI: each request closes its own.
    assert config["conn_max_age"] == 0
    assert config["health"] is True
    assert config["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert config["channels"] == "channels_redis.core.RedisChannelLayer"
    assert config["search"]["SEARCH_CONFIG"] == "french_unaccent"
    assert config["email"] == "django.core.mail.backends.smtp.EmailBackend"


def test_elasticsearch_replaces_the_database_search_backend():
    config = _settings_with(ELASTICSEARCH_URL="http://search.internal:9200")

    assert config["search"]["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert config["search"]["URLS"] == ["http://search.internal:9200"]
