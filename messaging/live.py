"""Broadcasts to the sockets open on a conversation, through the channel layer.

The channel layer is in memory in the embedded setup and Redis when REDIS_URL
is set, so a message stored by one process reaches sockets held by another.
"""

import asyncio

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.template.loader import render_to_string

from messaging.models import Message


def conversation_group(conversation_id: int) -> str:
    """The channel layer group of one conversation's open sockets."""
    return f"messaging.conversation.{conversation_id}"


def message_payload(message: Message) -> dict:
    """What a page needs to show a new message, the same for every reader."""
    return {
        "id": message.pk,
        "author_id": message.author_id,
        "html": render_to_string(
            "messaging/includes/message.html", {"message": message, "live": True}
        ),
    }


def broadcast(conversation_id: int, event: dict) -> None:
    """Send `event` to every socket open on the conversation (from sync code)."""
    layer = get_channel_layer()
    if layer is None:
        return
    group = conversation_group(conversation_id)
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        async_to_sync(layer.group_send)(group, event)
        return
    # Sync code called from a thread that runs an event loop (a command or a
    # driver embedding one) cannot block on it: the loop sends it next.
    loop.create_task(layer.group_send(group, event))
