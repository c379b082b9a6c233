"""Thread pages and the index cost a number of queries that does not grow."""

import pytest
from django.utils import timezone

from discussions.models import Message, Thread
from discussions.selectors import MESSAGES_PER_PAGE
from discussions.services import thread_refresh_summary
from home import roles

# Includes what the registered promotion targets spend deciding whether to
# offer themselves (the FAQ looks up its index page): constant per page.
THREAD_PAGE_QUERIES = 24
# One more than the page itself: the header counts unread private messages.
INDEX_QUERIES = 16


def _bulk_messages(thread, authors, count):
    Message.objects.bulk_create(
        [
            Message(
                thread=thread,
                author=authors[n % len(authors)],
                text=f"Message n°{n} pour @[{authors[(n + 1) % 4].username}]",
            )
            for n in range(count)
        ],
        batch_size=500,
    )
    thread_refresh_summary(thread=thread)


def _bulk_threads(theme, authors, count):
    now = timezone.now()
    threads = Thread.objects.bulk_create(
        [
            Thread(
                theme=theme,
                title=f"Fil n°{n}",
                slug=f"fil-{n}",
                pinned=n == 0,
                last_activity_at=now,
            )
            for n in range(count)
        ]
    )
    messages = Message.objects.bulk_create(
        [
            Message(thread=thread, author=authors[n % len(authors)], text="Ouverture")
            for n, thread in enumerate(threads)
        ]
    )
    for thread, message in zip(threads, messages, strict=True):
        thread.last_message = message
        thread.message_count = 1
    Thread.objects.bulk_update(threads, ["last_message", "message_count"])


@pytest.fixture
def authors(make_user):
    return [make_user(roles.MEMBER) for _ in range(4)]


@pytest.mark.django_db
@pytest.mark.parametrize("size", [3, 2000])
@pytest.mark.parametrize("where", ["first", "last"])
def test_thread_page_queries(
    member_client, thread, authors, size, where, django_assert_max_num_queries
):
    _bulk_messages(thread, authors, size)
    total = size + 1
    last_page = (total - 1) // MESSAGES_PER_PAGE + 1
    page = 1 if where == "first" else last_page
    expected = "Question d" if page == 1 else f"Message n°{size - 1} "

    with django_assert_max_num_queries(THREAD_PAGE_QUERIES):
        response = member_client.get(f"/echanges/fil/{thread.slug}/", {"page": page})

    assert response.status_code == 200
    assert expected in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("count", [2, 200])
def test_index_queries(
    member_client, theme, authors, count, site_tree, django_assert_max_num_queries
):
    _bulk_threads(theme, authors, count)

    with django_assert_max_num_queries(INDEX_QUERIES):
        response = member_client.get("/echanges/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Fil n°0" in content  # pinned, so among the first shown
    assert theme.title in content
    if count > 8:
        assert f"Les {count} fils de cette thématique" in content


@pytest.mark.django_db
@pytest.mark.parametrize("count", [2, 200])
def test_theme_page_queries(
    member_client, theme, authors, count, django_assert_max_num_queries
):
    _bulk_threads(theme, authors, count)

    with django_assert_max_num_queries(INDEX_QUERIES):
        response = member_client.get(f"/echanges/theme/{theme.slug}/")

    assert response.status_code == 200
    assert "Fil n°" in response.content.decode()
