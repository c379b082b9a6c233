"""Queries and in-process render time of the pages a member opens most.

Run by `benchmarks/bench.py` against a database `generate_scale_data` filled,
with the benchmark settings: `python benchmarks/pages.py OUT.json [--rounds N]`.
Each request goes through Django's whole middleware stack (no network), logged
in as the demo member `membre`. Also measures site search over SEARCH_WORDS,
the iCal feed (full and 304) and opens a session for the HTTP benchmark.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

MEMBER = "membre"
SEARCH_WORDS = [
    "urbanisme",
    "permis",
    "construire",
    "webinaire",
    "commune",
    "dossier",
    "instruction",
    "dématérialisation",
    "signature",
    "cadastre",
    "formation",
    "logiciel",
    "réunion",
    "délai",
    "patrimoine",
    "lotissement",
    "chantier",
    "récépissé",
    "interopérabilité",
    "démolition",
]


def bench_pages(member) -> list[tuple[str, str, str]]:
    """(key, label, address) of every page measured, found in the generated data."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Count

    from blog.models import BlogPage
    from comments.models import Comment
    from discussions.models import Thread
    from discussions.selectors import MESSAGES_PER_PAGE
    from documents.models import LibraryDocument
    from messaging.models import Conversation

    busy_post = (
        Comment.objects.filter(content_type=ContentType.objects.get_for_model(BlogPage))
        .values("object_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    post = BlogPage.objects.get(pk=busy_post["object_id"])
    thread = Thread.objects.order_by("-message_count").first()
    last_page = (thread.message_count - 1) // MESSAGES_PER_PAGE + 1
    conversation = (
        Conversation.objects.filter(participants__user=member)
        .annotate(n=Count("messages"))
        .order_by("-n")
        .first()
    )
    document = (
        LibraryDocument.objects.filter(collection__depth=2).order_by("pk").first()
    )
    return [
        ("home", "home", "/"),
        ("blog", "blog index", "/blog/"),
        ("post", f"post with {busy_post['n']} comments", post.url),
        ("calendar", "calendar month grid", "/calendrier/"),
        ("library", "library", "/documents/"),
        ("document", "a document", f"/documents/{document.pk}/"),
        ("themes", "discussion themes", "/echanges/"),
        (
            "thread_first",
            f"thread of {thread.message_count} messages, first page",
            f"/echanges/fil/{thread.slug}/?page=1",
        ),
        (
            "thread_last",
            "same thread, last page",
            f"/echanges/fil/{thread.slug}/?page={last_page}",
        ),
        ("faq", "FAQ", "/faq/"),
        ("search", "search", "/recherche/?q=urbanisme"),
        ("notifications", "notifications", "/notifications/"),
        ("conversations", "conversations", "/messages/"),
        (
            "conversation",
            f"conversation of {conversation.n} messages",
            f"/messages/{conversation.pk}/",
        ),
    ]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def timed(client, url: str, rounds: int, max_seconds: float = 60, **headers) -> dict:
    """Queries of one request, then render times over `rounds` requests, or
    fewer (at least 5) when they take more than `max_seconds` in all."""
    from django.db import connections
    from django.test.utils import CaptureQueriesContext

    client.get(url, **headers)  # warm caches and templates
    with CaptureQueriesContext(connections["default"]) as queries:
        response = client.get(url, **headers)
    # Read now: the next request resets the connection's query log.
    query_count = len(queries)
    durations = []
    deadline = time.monotonic() + max_seconds
    for _ in range(rounds):
        start = time.perf_counter()
        client.get(url, **headers)
        durations.append((time.perf_counter() - start) * 1000)
        if time.monotonic() > deadline and (
            len(durations) >= 5 or durations[0] > max_seconds * 1000
        ):
            break
    return {
        "rounds": len(durations),
        "status": response.status_code,
        "queries": query_count,
        "p50_ms": round(statistics.median(durations), 2),
        "p95_ms": round(percentile(durations, 0.95), 2),
        "bytes": len(response.content),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument(
        "--max-seconds", type=float, default=60, help="time cap per page"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections
    from django.test import Client
    from django.urls import reverse

    from events.selectors import subscription_token
    from events.services import subscription_ensure

    # One connection for the whole run, as a persistent connection would be,
    # so the query log sees every request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)

    member = get_user_model().objects.get(username=MEMBER)
    client = Client(HTTP_HOST="localhost")
    client.force_login(member)
    results = {"pages": [], "search": {}, "ical": {}}
    for key, label, url in bench_pages(member):
        measured = timed(client, url, args.rounds, args.max_seconds)
        results["pages"].append({"key": key, "label": label, "url": url, **measured})
        if measured["status"] != 200:
            raise SystemExit(f"{url} answered {measured['status']}")
        print(
            f"{label:<44}{measured['queries']:>4} q {measured['p50_ms']:>8} ms"
            f" {measured['p95_ms']:>8} ms  {measured['status']}",
            file=sys.stderr,
        )

    search_times = []
    deadline = time.monotonic() + args.max_seconds
    for word in SEARCH_WORDS:
        if search_times and time.monotonic() > deadline:
            break
        url = f"/recherche/?q={word}"
        client.get(url)
        start = time.perf_counter()
        status = client.get(url).status_code
        search_times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit(f"search for {word!r} answered {status}")
    results["search"] = {
        "queries": len(search_times),
        "p50_ms": round(statistics.median(search_times), 2),
        "p95_ms": round(percentile(search_times, 0.95), 2),
    }

    feed = reverse(
        "events:feed",
        kwargs={
            "token": subscription_token(subscription=subscription_ensure(user=member))
        },
    )
    anonymous = Client(HTTP_HOST="localhost")
    full = timed(anonymous, feed, args.rounds, args.max_seconds)
    etag = anonymous.get(feed)["ETag"]
    not_modified = timed(
        anonymous, feed, args.rounds, args.max_seconds, headers={"If-None-Match": etag}
    )
    if (full["status"], not_modified["status"]) != (200, 304):
        raise SystemExit(f"iCal feed: {full['status']}, then {not_modified['status']}")
    results["ical"] = {"url": feed, "full": full, "not_modified": not_modified}
    results["feed_url"] = feed

    # The session the HTTP benchmark sends as its cookie.
    from django.conf import settings

    results["session_cookie"] = {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
    }
    Path(args.out).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
