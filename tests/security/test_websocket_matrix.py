"""Every WebSocket route × every role: only the members of a conversation open
its socket. A new route without a line in EXPECTED fails."""

import pytest
import pytest_asyncio
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db import connections
from django.test import Client

from home import roles
from messaging.services import conversation_start_direct
from osmose_site.asgi import application
from osmose_site.routing import websocket_urlpatterns

OPEN = "open"
REFUSED = "refused"

ROLES = ("anonymous", "no_group", "member", "editor", "administrator", "participant")

# The conversation belongs to two other members: roles alone open nothing.
EXPECTED = {
    "ws/messages/<int:conversation_id>/": (
        REFUSED,
        REFUSED,
        REFUSED,
        REFUSED,
        REFUSED,
        OPEN,
    ),
}


@pytest_asyncio.fixture(autouse=True)
async def close_worker_connections():
    yield
    await sync_to_async(connections.close_all)()


def _routes():
    return [str(pattern.pattern) for pattern in websocket_urlpatterns]


def test_every_websocket_route_has_an_entry():
    missing = [route for route in _routes() if route not in EXPECTED]
    assert not missing, (
        "These WebSocket routes have no line in EXPECTED "
        f"(tests/security/test_websocket_matrix.py): {missing}"
    )


def _visitors(make_user):
    owner = make_user(roles.MEMBER, username="ws-proprietaire")
    other = make_user(roles.MEMBER, username="ws-interlocuteur")
    conversation = conversation_start_direct(author=owner, other=other)
    return conversation, {
        "no_group": make_user(None, username="ws-sansgroupe"),
        "member": make_user(roles.MEMBER, username="ws-membre"),
        "editor": make_user(roles.EDITOR, username="ws-editeur"),
        "administrator": make_user(roles.ADMINISTRATOR, username="ws-admin"),
        "participant": owner,
    }


def _cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


async def _opens(path: str, cookie: str | None) -> bool:
    headers = [(b"origin", b"http://testserver"), (b"host", b"testserver")]
    if cookie:
        headers.append((b"cookie", f"{settings.SESSION_COOKIE_NAME}={cookie}".encode()))
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, _ = await communicator.connect(timeout=5)
    await communicator.disconnect()
    return connected


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_websocket_routes_open_for_each_role_as_the_table_says(make_user):
    conversation, visitors = await sync_to_async(_visitors)(make_user)
    wrong = []
    for route, expectations in EXPECTED.items():
        path = "/" + route.replace("<int:conversation_id>", str(conversation.pk))
        for role, expected in zip(ROLES, expectations, strict=True):
            cookie = (
                None
                if role == "anonymous"
                else await sync_to_async(_cookie)(visitors[role])
            )
            outcome = OPEN if await _opens(path, cookie) else REFUSED
            if outcome != expected:
                wrong.append(f"{role} on {path}: expected {expected}, got {outcome}")
    assert not wrong, wrong
