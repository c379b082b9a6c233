"""Concurrent writers on the embedded SQLite database wait instead of failing.

Each thread reads then writes inside a transaction, as a comment post does
(anti-flood, parent, insert). With SQLite's default deferred transactions two
such transactions deadlock and one fails at once with "database is locked",
whatever the timeout; the site's options (WAL, busy timeout, IMMEDIATE)
serialise them.
"""

import threading

from django.db import OperationalError, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

from osmose_site.settings.base import SQLITE_OPTIONS

THREADS = 8
WRITES_EACH = 25


def _wrapper(path, alias):
    return DatabaseWrapper(
        {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(path),
            "OPTIONS": dict(SQLITE_OPTIONS),
            "TIME_ZONE": None,
            "CONN_MAX_AGE": 0,
            "CONN_HEALTH_CHECKS": False,
            "AUTOCOMMIT": True,
            "ATOMIC_REQUESTS": False,
            "USER": "",
            "PASSWORD": "",
            "HOST": "",
            "PORT": "",
            "TEST": {},
        },
        alias=alias,
    )


def _write(path, barrier, errors):
    alias = "concurrent_writer"
    wrapper = _wrapper(path, alias)
    connections[alias] = wrapper  # thread-local: each thread its own
    try:
        barrier.wait()
        for n in range(WRITES_EACH):
            with transaction.atomic(using=alias), wrapper.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM note")
                cursor.fetchone()
                cursor.execute("INSERT INTO note (text) VALUES (%s)", [f"n{n}"])
    except OperationalError as err:
        errors.append(str(err))
    finally:
        wrapper.close()


def test_concurrent_read_then_write_transactions_all_succeed(
    tmp_path, django_db_blocker
):
    # A database file of its own, outside the test database.
    with django_db_blocker.unblock():
        _run(tmp_path / "osmose.sqlite3")


def _run(path):
    setup = _wrapper(path, "setup")
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
    barrier, errors = threading.Barrier(THREADS), []
    threads = [
        threading.Thread(target=_write, args=(path, barrier, errors))
        for _ in range(THREADS)
    ]

    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    with setup.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM note")
        stored = cursor.fetchone()[0]
        cursor.execute("PRAGMA journal_mode")
        journal = cursor.fetchone()[0]
    setup.close()
    assert errors == []
    assert stored == THREADS * WRITES_EACH
    assert journal == "wal"
