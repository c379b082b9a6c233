"""Each page a member opens renders in a fixed number of SQL queries.

The pages are the ones `make bench` measures, on a tiny `generate_scale_data`
set built once for this module (rolled back afterwards). A page whose count
grows with its content (a comment, a message, a notification more) or whose
shared layout stops being cached goes over its budget here. The same counts
hold at `--scale 0.1` and at full scale (see benchmarks/results/).
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from benchmarks.pages import bench_pages

# SQL queries per page for a member whose layout is cached (a page seen before).
BUDGETS = {
    "home": 32,
    "blog": 13,
    "post": 21,
    "calendar": 16,
    "library": 12,
    "document": 8,
    "themes": 11,
    "thread_first": 11,
    "thread_last": 11,
    "faq": 11,
    "search": 52,  # per source: a savepoint pair, its count and its hits
    "notifications": 4,
    "conversations": 5,
    "conversation": 5,
}


@pytest.fixture(scope="module")
def scale_pages(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command(
            "generate_scale_data",
            scale=0.002,
            count_documents=1,
            no_progress=True,
            verbosity=0,
        )
        member = get_user_model().objects.get(username="membre")
        yield {key: url for key, _label, url in bench_pages(member)}
        transaction.set_rollback(True)


@pytest.mark.parametrize("key", sorted(BUDGETS))
def test_page_stays_within_its_query_budget(db, scale_pages, key):
    client = Client()
    client.force_login(get_user_model().objects.get(username="membre"))
    url = scale_pages[key]
    assert client.get(url).status_code == 200  # fills the layout cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) <= BUDGETS[key], f"{len(queries)} queries:\n" + "\n".join(
        query["sql"][:200] for query in queries.captured_queries
    )


def test_every_measured_page_has_a_budget(db, scale_pages):
    assert set(scale_pages) == set(BUDGETS)
