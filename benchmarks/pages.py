"""Latency and throughput of the main pages for a logged-in member, in-process.

Usage: .venv/bin/python benchmarks/pages.py [requests per page]

Builds a throwaway SQLite database under var/, loads the demo content, then times
GET requests through Django's full middleware stack (no network). Prints, per
URL: SQL queries per request, median and 95th-percentile latency, requests/s.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = ROOT / "var" / "benchmark.sqlite3"
os.environ["DJANGO_SETTINGS_MODULE"] = "osmose_site.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"

URLS = [
    "/",
    "/blog/",
    "/calendrier/",
    "/documents/",
    "/echanges/",
    "/echanges/fil/faq-posez-vos-questions/?page=1",
    "/faq/",
    "/regles/",
    "/recherche/?q=programme",
]


def main() -> None:
    import django

    DB.parent.mkdir(exist_ok=True)
    DB.unlink(missing_ok=True)
    # Built in a child process: measuring in the process that ran the migrations
    # loses the query log.
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
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(get_user_model().objects.get(username="membre"))
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 50

    print(f"{'url':<28}{'queries':>8}{'p50 ms':>9}{'p95 ms':>9}{'req/s':>8}")
    for url in URLS:
        client.get(url)  # warm caches and templates
        with CaptureQueriesContext(connections["default"]) as queries:
            status = client.get(url).status_code
        query_count = len(queries)
        durations = []
        for _ in range(rounds):
            start = time.perf_counter()
            client.get(url)
            durations.append(time.perf_counter() - start)
        durations.sort()
        p50 = statistics.median(durations) * 1000
        p95 = durations[int(len(durations) * 0.95) - 1] * 1000
        rate = rounds / sum(durations)
        print(
            f"{url:<28}{query_count:>8}{p50:>9.1f}{p95:>9.1f}{rate:>8.0f}"
            + ("" if status == 200 else f"  (status {status})")
        )
    DB.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
