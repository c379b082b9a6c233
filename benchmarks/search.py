"""Site search latency over a generated corpus of 10,000 items, in-process.

Usage: .venv/bin/python benchmarks/search.py [rounds] [items]

Runs on the database DATABASE_URL points to (default: a throwaway SQLite file
under var/). Give it a throwaway PostgreSQL database: it is migrated and
filled. Builds the demo tree, then generates `items` (default 10,000) blog
posts, documents, thread messages, members and private messages from a French
vocabulary, rebuilds the index with `update_index`, and times /recherche/ for a
member over 20 queries (relevance order, then date order and one type filter)
and the header suggestions. Prints SQL queries per request and p50/p95 latency.
"""

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = ROOT / "var" / "benchmark-search.sqlite3"
os.environ["DJANGO_SETTINGS_MODULE"] = "osmose_site.settings.test"
os.environ.setdefault("DATABASE_URL", f"sqlite:///{DB}")

VOCABULARY = (
    "dématérialisation instruction permis construire aménager déclaration préalable "
    "urbanisme commune guichet numérique dépôt pièces dossier délai récépissé "
    "signature parapheur arrêté consultation service instructeur webinaire "
    "formation réunion calendrier bascule logiciel connecteur cadastre parcelle "
    "géoréférencement servitude architecte bâtiments France préfecture contrôle "
    "légalité recours affichage conformité achèvement travaux modificatif "
    "transfert prorogation sursis statuer taxe aménagement archéologie"
).split()
QUERIES = [
    "dématérialisation",
    "dematerialise",
    "permis de construire",
    "webinaires",
    "reunion",
    "récépissé dépôt",
    "parapheur",
    "instructeurs",
    "guichet numérique",
    "cadastre parcelle",
    "servitudes",
    "architecte des bâtiments de France",
    "contrôle de légalité",
    "prorogation",
    "taxe d'aménagement",
    "archéologie",
    "connecteur logiciel",
    "Dupont",
    "DDT",
    "inexistantmot",
]
SHARE = {
    "posts": 0.1,
    "documents": 0.25,
    "messages": 0.3,
    "members": 0.2,
    "chats": 0.15,
}


def words(rng, n: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(n))


def build(total: int) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Collection

    from blog.models import BlogIndexPage, BlogPage
    from discussions.models import Message, Theme, Thread
    from documents.models import LibraryDocument
    from home import roles
    from messaging.models import Conversation, Participant
    from messaging.models import Message as ChatMessage
    from profiles.models import Profile

    rng = random.Random(2026)
    User = get_user_model()
    counts = {key: int(total * share) for key, share in SHARE.items()}

    start = time.perf_counter()
    blog = BlogIndexPage.objects.first()
    for n in range(counts["posts"]):
        blog.add_child(
            instance=BlogPage(
                title=f"{words(rng, 4).capitalize()} {n}",
                slug=f"bench-{n}",
                introduction=words(rng, 25),
                body=[{"type": "paragraph", "value": f"<p>{words(rng, 120)}</p>"}],
                first_published_at=timezone.now(),
                last_published_at=timezone.now(),
            )
        )
    collection = Collection.objects.filter(depth__gt=1).first()
    LibraryDocument.objects.bulk_create(
        LibraryDocument(
            title=f"{words(rng, 3).capitalize()} {n}",
            file=f"documents/bench-{n}.pdf",
            collection=collection,
            description=words(rng, 20),
            extracted_text=words(rng, 600),
            file_type="pdf",
        )
        for n in range(counts["documents"])
    )
    theme = Theme.objects.create(title="Banc d'essai", slug="banc-essai")
    threads = [
        Thread.objects.create(theme=theme, title=words(rng, 5), slug=f"bench-{n}")
        for n in range(max(1, counts["messages"] // 30))
    ]
    Message.objects.bulk_create(
        Message(thread=threads[n % len(threads)], text=words(rng, 60))
        for n in range(counts["messages"])
    )
    members = User.objects.bulk_create(
        User(
            username=f"bench{n}",
            first_name=rng.choice(["Anne", "Jean", "Léa", "Hugo", "Inès"]),
            last_name=rng.choice(["Dupont", "Martin", "Bernard", "Lefèvre"]) + str(n),
        )
        for n in range(counts["members"])
    )
    Profile.objects.bulk_create(
        Profile(user=user, organisation=rng.choice(["DDT", "Commune", "DDTM"]))
        for user in members
    )
    membre = User.objects.get(username="membre")
    conversation = Conversation.objects.create(title="Banc d'essai", is_group=True)
    Participant.objects.create(conversation=conversation, user=membre)
    ChatMessage.objects.bulk_create(
        ChatMessage(conversation=conversation, author=membre, text=words(rng, 30))
        for _ in range(counts["chats"])
    )
    Group.objects.get(name=roles.MEMBER).user_set.add(*members[:10])
    built = time.perf_counter() - start
    start = time.perf_counter()
    call_command("update_index", verbosity=0)
    indexed = time.perf_counter() - start
    print(
        f"{sum(counts.values())} items generated in {built:.0f} s, "
        f"update_index in {indexed:.0f} s"
    )


def timed(client, url: str, rounds: int, connection) -> tuple[list[float], int]:
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    assert status == 200, (url, status)
    durations = []
    for _ in range(rounds):
        start = time.perf_counter()
        client.get(url)
        durations.append(time.perf_counter() - start)
    return durations, len(queries)


def report(label: str, durations: list[float], max_queries: int) -> None:
    durations.sort()
    p50 = statistics.median(durations) * 1000
    p95 = durations[max(0, int(len(durations) * 0.95) - 1)] * 1000
    print(f"{label:<34}{max_queries:>8}{p50:>9.1f}{p95:>9.1f}")


def main() -> None:
    from urllib.parse import urlencode

    import django

    # Each line as soon as it is measured: a long run may be cut short.
    sys.stdout.reconfigure(line_buffering=True)
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    if os.environ["DATABASE_URL"].startswith("sqlite"):
        DB.parent.mkdir(exist_ok=True)
        DB.unlink(missing_ok=True)
    # Migrations and the demo in a child process, as benchmarks/pages.py does.
    for command in (["migrate", "--verbosity=0"], ["load_demo"]):
        subprocess.run(  # noqa: S603 - fixed interpreter and arguments
            [sys.executable, str(ROOT / "manage.py"), *command],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connections
    from django.test import Client

    build(total)
    client = Client()
    client.force_login(get_user_model().objects.get(username="membre"))
    connection = connections["default"]
    print(f"database: {connection.vendor}; {rounds} rounds per URL")
    print(f"{'what':<34}{'queries':>8}{'p50 ms':>9}{'p95 ms':>9}")
    for label, extra in (
        ("/recherche/ (relevance)", {}),
        ("/recherche/ (date)", {"tri": "date"}),
        ("/recherche/ (type: documents)", {"type": "documents"}),
    ):
        durations, most = [], 0
        for query in QUERIES:
            url = "/recherche/?" + urlencode({"q": query, **extra})
            times, count = timed(client, url, rounds, connection)
            durations += times
            most = max(most, count)
        report(label, durations, most)
    durations, most = [], 0
    for query in QUERIES:
        url = "/recherche/suggestions/?" + urlencode({"q": query[:5]})
        times, count = timed(client, url, rounds, connection)
        durations += times
        most = max(most, count)
    report("/recherche/suggestions/", durations, most)
    if os.environ["DATABASE_URL"].startswith("sqlite"):
        DB.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
