"""A busy morning through the real ASGI server (daphne) on PostgreSQL.

20 members post 25 comments each at once, on the default settings (each
request closes its connection): every post answered as stored is stored exactly
once and none answers 500 (e.g. "too many clients already"). One member posting
20 comments in parallel gets no more than the anti-flood limit stored.
"""

import http.client
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from comments.models import Comment
from home import roles

ROOT = Path(__file__).resolve().parents[2]
CSRF_TOKEN = "a" * 32
MEMBERS = 20
COMMENTS_EACH = 25


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """Start daphne on the test database; yield a function that starts it.

    The server's log goes to a file: a pipe nobody reads fills up after 64 KB
    of request log lines, and every request then waits on its log line.
    """
    processes, logs = [], []

    def start(*, comments_per_minute: int) -> int:
        port = _free_port()
        database = connection.settings_dict
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "osmose_site.settings.test",
            "DATABASE_URL": (
                f"postgres://{database['USER']}@{database['HOST']}:"
                f"{database['PORT']}/{database['NAME']}"
            ),
            "COMMENTS_MAX_PER_MINUTE": str(comments_per_minute),
        }
        log = (tmp_path / f"daphne-{port}.log").open("wb")
        logs.append(log)
        process = subprocess.Popen(  # noqa: S603 - fixed interpreter and arguments
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(port),
                "osmose_site.asgi:application",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        processes.append(process)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return port
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("the ASGI server did not start")

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=30)
    for log in logs:
        log.close()


def _session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def _post_comment(port: int, path: str, cookie: str, text: str) -> int:
    body = urlencode({"text": text})
    connection_ = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection_.request(
            "POST",
            path,
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"sessionid={cookie}; csrftoken={CSRF_TOKEN}",
                "X-CSRFToken": CSRF_TOKEN,
                "Host": "127.0.0.1",
            },
        )
        return connection_.getresponse().status
    finally:
        connection_.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_members_posting_at_once_get_no_error(server, make_user, make_post):
    post = make_post("Billet du matin")
    path = f"/commentaires/{post.content_type_id}/{post.pk}/"
    members = [make_user(roles.MEMBER) for _ in range(MEMBERS)]
    cookies = [_session_cookie(member) for member in members]
    port = server(comments_per_minute=1000)

    def post_all(index: int) -> list[tuple[str, int]]:
        return [
            (text, _post_comment(port, path, cookies[index], text))
            for text in (
                f"Membre {index}, commentaire {n}" for n in range(COMMENTS_EACH)
            )
        ]

    with ThreadPoolExecutor(max_workers=MEMBERS) as pool:
        answers = [
            answer for batch in pool.map(post_all, range(MEMBERS)) for answer in batch
        ]

    statuses = [status for _, status in answers]
    assert statuses.count(500) == 0, statuses
    stored = list(Comment.objects.values_list("text", flat=True))
    answered = [text for text, status in answers if status == 302]
    assert sorted(stored) == sorted(answered)
    assert len(answered) == MEMBERS * COMMENTS_EACH


def _flood_one(port, path, cookie):
    return lambda n: _post_comment(port, path, cookie, f"Flot {n}")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_posts_of_one_member_respect_the_anti_flood_limit(
    server, make_user, make_post
):
    post = make_post("Billet pris d'assaut")
    path = f"/commentaires/{post.content_type_id}/{post.pk}/"
    cookie = _session_cookie(make_user(roles.MEMBER))
    port = server(comments_per_minute=5)

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(
            pool.map(
                lambda n: _post_comment(port, path, cookie, f"Flot {n}"), range(20)
            )
        )

    assert statuses.count(500) == 0
    assert statuses.count(302) == Comment.objects.count() == 5
