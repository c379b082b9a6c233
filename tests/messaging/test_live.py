"""Live delivery over the socket, on the real channel layer (in memory, or Redis
when REDIS_URL is set)."""

import pytest
import pytest_asyncio
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db import connections
from django.test import Client

from messaging.models import Message
from osmose_site.asgi import application

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest_asyncio.fixture(autouse=True)
async def close_worker_connections():
    """Close the database connection of the thread that runs sync code for the
    event loop, so the test database can be dropped at the end."""
    yield
    await sync_to_async(connections.close_all)()


def _cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


async def _connect(conversation_id, cookie=None):
    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    communicator = WebsocketCommunicator(
        application, f"/ws/messages/{conversation_id}/", headers=headers
    )
    connected, _ = await communicator.connect(timeout=5)
    return communicator, connected


async def test_a_message_sent_by_one_member_reaches_the_other_with_its_id(
    pair, alice, bruno
):
    cookie_a = await sync_to_async(_cookie)(alice)
    cookie_b = await sync_to_async(_cookie)(bruno)
    socket_a, connected_a = await _connect(pair.pk, cookie_a)
    socket_b, connected_b = await _connect(pair.pk, cookie_b)
    assert connected_a and connected_b

    await socket_a.send_json_to({"type": "send", "text": "Bonjour <b>Bruno</b> !"})
    received = await socket_b.receive_json_from(timeout=5)

    assert received["type"] == "message"
    stored = await database_sync_to_async(Message.objects.get)(
        pk=received["message"]["id"]
    )
    assert stored.text == "Bonjour <b>Bruno</b> !"
    assert stored.author_id == alice.pk
    assert received["message"]["author_id"] == alice.pk
    assert "Bonjour &lt;b&gt;Bruno&lt;/b&gt; !" in received["message"]["html"]
    own_copy = await socket_a.receive_json_from(timeout=5)
    assert own_copy["message"]["id"] == stored.pk
    await socket_a.disconnect()
    await socket_b.disconnect()


async def test_a_member_outside_the_conversation_is_refused(pair, chloe):
    cookie = await sync_to_async(_cookie)(chloe)
    socket, connected = await _connect(pair.pk, cookie)
    assert not connected
    await socket.disconnect()


async def test_an_anonymous_socket_is_refused(pair):
    socket, connected = await _connect(pair.pk)
    assert not connected
    await socket.disconnect()


async def test_an_unknown_conversation_is_refused(alice):
    cookie = await sync_to_async(_cookie)(alice)
    socket, connected = await _connect(999_999, cookie)
    assert not connected
    await socket.disconnect()


async def test_a_message_missed_while_offline_is_fetched_once_on_reconnect(
    pair, alice, bruno
):
    cookie_a = await sync_to_async(_cookie)(alice)
    cookie_b = await sync_to_async(_cookie)(bruno)
    socket_a, _ = await _connect(pair.pk, cookie_a)
    socket_b, _ = await _connect(pair.pk, cookie_b)
    await socket_a.send_json_to({"type": "send", "text": "Premier message"})
    first = (await socket_b.receive_json_from(timeout=5))["message"]
    await socket_a.receive_json_from(timeout=5)
    # Bruno's connection drops; Alice writes meanwhile.
    await socket_b.disconnect()
    await socket_a.send_json_to({"type": "send", "text": "Pendant ton absence"})
    missed = (await socket_a.receive_json_from(timeout=5))["message"]

    socket_b, connected = await _connect(pair.pk, cookie_b)
    assert connected
    client_b = Client()
    await sync_to_async(client_b.force_login)(bruno)
    url = f"/messages/{pair.pk}/messages/?after={first['id']}"
    response = await sync_to_async(client_b.get)(url)
    caught_up = response.json()["messages"]

    assert [m["id"] for m in caught_up] == [missed["id"]]
    assert "Pendant ton absence" in caught_up[0]["html"]
    # Nothing replays over the socket, and asking again from the last id
    # shown returns nothing: the missed message shows exactly once.
    assert await socket_b.receive_nothing(timeout=0.3)
    again = await sync_to_async(client_b.get)(
        f"/messages/{pair.pk}/messages/?after={missed['id']}"
    )
    assert again.json()["messages"] == []
    await socket_a.send_json_to({"type": "send", "text": "De retour ?"})
    live = (await socket_b.receive_json_from(timeout=5))["message"]
    assert live["id"] > missed["id"]
    await socket_a.disconnect()
    await socket_b.disconnect()


async def test_a_refused_message_is_answered_with_the_reason(pair, alice):
    cookie = await sync_to_async(_cookie)(alice)
    socket, _ = await _connect(pair.pk, cookie)
    await socket.send_json_to({"type": "send", "text": "   "})
    answer = await socket.receive_json_from(timeout=5)
    assert answer == {"type": "error", "errors": ["Votre message est vide."]}
    assert await database_sync_to_async(Message.objects.count)() == 0
    await socket.disconnect()


async def test_reading_on_the_socket_moves_the_marker_and_tells_the_others(
    pair, alice, bruno
):
    message = await database_sync_to_async(_store)(alice, pair, "Tu as vu ?")
    cookie_a = await sync_to_async(_cookie)(alice)
    cookie_b = await sync_to_async(_cookie)(bruno)
    socket_a, _ = await _connect(pair.pk, cookie_a)
    socket_b, _ = await _connect(pair.pk, cookie_b)

    await socket_b.send_json_to({"type": "read", "message_id": message.pk})
    seen = await socket_a.receive_json_from(timeout=5)

    assert seen == {"type": "read", "user_id": bruno.pk, "message_id": message.pk}
    await socket_a.disconnect()
    await socket_b.disconnect()


def _store(author, conversation, text):
    from messaging.services import message_send

    return message_send(
        author=author, conversation=conversation, text=text, check_flood=False
    )
