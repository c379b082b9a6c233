"""The home page's "Échanges récents", the "since your last visit" count and a
member's recent messages on their profile."""

from datetime import timedelta

import pytest
from django.utils import timezone

from discussions.services import message_hide
from home import roles
from notifications.services import visit_record


@pytest.fixture
def alice(make_user):
    return make_user(
        roles.MEMBER, username="alice", first_name="Alice", last_name="Durand"
    )


@pytest.mark.django_db
def test_home_lists_recent_threads_with_unread_counts(
    member_client, alice, thread, post_message, site_tree
):
    post_message(author=alice, thread=thread, text="Du nouveau")
    content = member_client.get("/").content.decode()
    assert "Échanges récents" in content
    assert thread.title in content
    assert "2 non lus" in content


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 12])
def test_home_queries_do_not_grow(
    member_client,
    alice,
    make_thread,
    post_message,
    site_tree,
    count,
    django_assert_max_num_queries,
):
    for n in range(count):
        post_message(author=alice, thread=make_thread(f"Fil {n}"), text="Message")
    with django_assert_max_num_queries(60):
        response = member_client.get("/")
    assert response.status_code == 200
    assert "Échanges récents" in response.content.decode()


@pytest.mark.django_db
def test_since_last_visit_counts_new_messages(
    member_client, member, alice, thread, post_message, site_tree
):
    from discussions.models import Message

    Message.objects.update(created_at=timezone.now() - timedelta(days=3))
    visit_record(user=member, now=timezone.now() - timedelta(days=2))
    visit_record(user=member, now=timezone.now() - timedelta(hours=1))
    # Posted after the previous visit began (two days ago).
    for n in range(3):
        post_message(author=alice, thread=thread, text=f"Nouveau {n}")
    post_message(author=member, thread=thread, text="Le mien ne compte pas")

    content = member_client.get("/").content.decode()

    assert "3 nouveaux messages dans les espaces d" in content


@pytest.mark.django_db
def test_profile_lists_recent_messages(
    member_client, alice, administrator, thread, post_message, site_tree
):
    post_message(author=alice, thread=thread, text="Message visible de @[alice]")
    hidden = post_message(author=alice, thread=thread, text="Message masqué")
    message_hide(moderator=administrator, message=hidden, reason="Hors charte")

    content = member_client.get("/membres/alice/").content.decode()

    assert "Messages dans les espaces d" in content
    assert "Message visible de @Alice Durand" in content
    assert "Message masqué" not in content
