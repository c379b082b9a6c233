"""The list and a conversation render in bounded queries, however many rows."""

import pytest
from django.utils import timezone

from messaging.models import Conversation, Message, Participant

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 16


def _conversations(me, others, count):
    """`count` two-member conversations of `me`, each with one message, in bulk."""
    now = timezone.now()
    conversations = Conversation.objects.bulk_create(
        [
            Conversation(pair_key=f"{me.pk}:{others[n].pk}", created_by=me)
            for n in range(count)
        ]
    )
    Participant.objects.bulk_create(
        [
            Participant(conversation=conversation, user=user)
            for conversation, other in zip(conversations, others, strict=False)
            for user in (me, other)
        ]
    )
    messages = Message.objects.bulk_create(
        [
            Message(conversation=conversation, author=other, text=f"Bonjour n°{n}")
            for n, (conversation, other) in enumerate(
                zip(conversations, others, strict=False)
            )
        ]
    )
    for conversation, message in zip(conversations, messages, strict=False):
        conversation.last_message = message
        conversation.last_message_at = now
    Conversation.objects.bulk_update(conversations, ["last_message", "last_message_at"])


@pytest.mark.parametrize("count", [2, 200])
def test_the_conversation_list_costs_the_same_with_2_or_200_conversations(
    count, make_user, client_for, django_assert_max_num_queries
):
    me = make_user(username="moi")
    others = [make_user() for _ in range(count)]
    _conversations(me, others, count)
    client = client_for(me)

    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get("/messages/")

    assert response.status_code == 200
    assert "Bonjour n°" in response.content.decode()
    assert response.content.decode().count("osmose-conversation__body") == min(
        count, 30
    )


@pytest.mark.parametrize("count", [2, 5000])
def test_a_conversation_costs_the_same_with_2_or_5000_messages(
    count, pair, alice, bruno, client_for, django_assert_max_num_queries
):
    messages = Message.objects.bulk_create(
        [
            Message(
                conversation=pair,
                author=alice if n % 2 else bruno,
                text=f"Message n°{n} pour @[alice]",
            )
            for n in range(count)
        ]
    )
    Conversation.objects.filter(pk=pair.pk).update(last_message=messages[-1])
    client = client_for(alice)

    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(f"/messages/{pair.pk}/")

    assert response.status_code == 200
    assert f"Message n°{count - 1} pour" in response.content.decode()


def test_the_header_counts_my_unread_messages_in_one_query(
    pair, group, alice, bruno, send, django_assert_num_queries
):
    from messaging.selectors import unread_total_for_user

    send(bruno, pair, "Un")
    send(bruno, pair, "Deux")
    send(bruno, group, "Trois")
    # Answering in the group reads what came before.
    send(alice, group, "Quatre")
    send(bruno, group, "Cinq")

    with django_assert_num_queries(1):
        assert unread_total_for_user(user=alice) == 3


def test_the_header_shows_messages_with_my_unread_count(
    pair, alice, bruno, send, client_for
):
    send(bruno, pair, "Un")
    html = client_for(alice).get("/notifications/").content.decode()
    assert 'id="header-messages"' in html
    assert "(1 message non lu)" in html
