"""Wagtail's database search backend, with French word forms on SQLite.

PostgreSQL (the `french_unaccent` configuration) and other databases get
Wagtail's own backend unchanged. On SQLite, FTS5 folds accents but has no
French stemmer: this backend indexes and queries the Snowball stems of the
words instead (search.stemming), so word forms match there too. Autocomplete
keeps the words as typed (prefixes of titles).
"""

from django.db import connection
from modelsearch.backends import database as wagtail_database


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for
    backend = wagtail_database.SearchBackend(params)
    if (
        connection.vendor == "sqlite"
        and type(backend).__name__ == "SQLiteSearchBackend"
    ):
        from search.backends.sqlite_french import FrenchSQLiteSearchBackend

        return FrenchSQLiteSearchBackend(params)
    return backend
