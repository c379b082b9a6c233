"""The conversation socket: live messages and read markers for its members."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from messaging import live, presence, selectors, services


class ConversationConsumer(AsyncJsonWebsocketConsumer):
    """ws/messages/<conversation id>/, for that conversation's members only.

    Messages are stored through `services.message_send` (by the page's HTTP
    post or by a "send" frame here) and reach every socket through the
    channel layer group once committed, so there is one way to store them.
    Frames from the page: {"type": "send", "text"}, {"type": "read",
    "message_id"}, {"type": "ping"}. Frames to the page: {"type": "message",
    "message": {"id", "author_id", "html"}}, {"type": "read", "user_id",
    "message_id"}, {"type": "error", "errors": [...]}.
    """

    conversation = None

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close()  # before accept: the handshake gets a 403
            return
        try:
            self.conversation = await database_sync_to_async(
                selectors.conversation_get_for_user
            )(user=user, pk=int(self.scope["url_route"]["kwargs"]["conversation_id"]))
        except Http404:
            await self.close()
            return
        self.user = user
        self.group = live.conversation_group(self.conversation.pk)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await database_sync_to_async(presence.presence_join)(
            conversation_id=self.conversation.pk, user_id=user.pk
        )

    async def disconnect(self, code):
        if self.conversation is None:
            return
        await self.channel_layer.group_discard(self.group, self.channel_name)
        await database_sync_to_async(presence.presence_leave)(
            conversation_id=self.conversation.pk, user_id=self.user.pk
        )

    async def receive_json(self, content, **kwargs):
        if not isinstance(content, dict):
            return
        kind = content.get("type")
        if kind == "ping":
            await database_sync_to_async(presence.presence_refresh)(
                conversation_id=self.conversation.pk, user_id=self.user.pk
            )
            await self.send_json({"type": "pong"})
        elif kind == "read":
            message_id = content.get("message_id")
            if isinstance(message_id, int) and message_id > 0:
                await database_sync_to_async(self._mark_read)(message_id)
        elif kind == "send":
            await self._send(str(content.get("text") or ""))

    async def _send(self, text: str) -> None:
        try:
            await database_sync_to_async(self._store)(text)
        except ValidationError as err:
            await self.send_json({"type": "error", "errors": err.messages})
        except PermissionDenied:
            await self.close()

    def _store(self, text: str) -> None:
        conversation = selectors.conversation_get_for_user(
            user=self.user, pk=self.conversation.pk
        )
        services.message_send(author=self.user, conversation=conversation, text=text)

    def _mark_read(self, message_id: int) -> None:
        try:
            conversation = selectors.conversation_get_for_user(
                user=self.user, pk=self.conversation.pk
            )
        except Http404:
            return
        services.conversation_mark_read(
            user=self.user, conversation=conversation, up_to=message_id
        )

    # Channel layer events, sent by messaging.live.broadcast.

    async def message_new(self, event):
        await self.send_json({"type": "message", "message": event["message"]})

    async def message_read(self, event):
        await self.send_json(
            {
                "type": "read",
                "user_id": event["user_id"],
                "message_id": event["message_id"],
            }
        )

    async def member_left(self, event):
        if event["user_id"] == self.user.pk:
            await self.close()
