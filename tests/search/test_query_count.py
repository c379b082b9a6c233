"""The search page costs a bounded number of queries, however many matches."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from discussions.models import Theme
from discussions.services import message_create, thread_create
from home import roles
from messaging.services import conversation_start_direct, message_send

pytestmark = pytest.mark.django_db

# The whole page: session, header (notifications, unread messages), visibility
# rules, one count and one read per type, promotions and the query statistics.
MAX_QUERIES = 60
URLS = [
    {"q": "bascule"},
    {"q": "bascule", "tri": "date"},
    {"q": "bascule", "page": "2"},
    {"q": "bascule", "type": "messages"},
    {"q": "bascule", "type": "page-blogpage", "tri": "date"},
    {"q": "bascule", "type": "members"},
]


def _add_matches(n, *, start, make_post, make_user, author, theme, opener):
    thread = thread_create(
        author=opener,
        theme=theme,
        title=f"Bascule {start}",
        text="Bascule",
        notify=False,
    )
    for i in range(start, start + n):
        make_post(f"Bascule numéro {i}")
        message_create(
            author=author,
            thread=thread,
            text=f"La bascule {i} est faite.",
            check_flood=False,
            notify=False,
        )
        other = make_user(roles.MEMBER, username=f"agent{i}")
        other.profile.organisation = "Cellule bascule"
        other.profile.save()
        message_send(
            author=author,
            conversation=conversation_start_direct(author=author, other=other),
            text=f"Bascule {i} prête ?",
            check_flood=False,
        )


def _query_counts(client):
    counts = []
    for params in URLS:
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/recherche/", params)
        assert response.status_code == 200
        counts.append(len(queries))
    return counts


def test_search_page_queries_do_not_grow_with_matches(
    member_client, member, site_tree, make_post, make_user, administrator
):
    theme = Theme.objects.create(title="Bascules", slug="bascules")
    _add_matches(
        3,
        start=0,
        make_post=make_post,
        make_user=make_user,
        author=member,
        theme=theme,
        opener=administrator,
    )
    few = _query_counts(member_client)
    _add_matches(
        12,
        start=3,
        make_post=make_post,
        make_user=make_user,
        author=member,
        theme=theme,
        opener=administrator,
    )
    many = _query_counts(member_client)

    assert max(many) <= MAX_QUERIES
    # At most one more query per page type newly shown on a page of results.
    assert all(after <= before + 2 for before, after in zip(few, many, strict=True))
