"""Reads on conversations and messages: a member only ever sees their own."""

import re

from django.db.models import (
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.search.backends import get_search_backend

from home.member_cache import member_cached
from home.search_sources import SearchHit
from messaging.models import Conversation, Message, Participant, pair_key_for

# The header's unread count is cached per member under this name.
UNREAD_CACHE = "messages"

HISTORY_PAGE_SIZE = 50
SINCE_MAX = 200


def _name(user) -> str:
    if user is None:
        return _("A former member")
    return user.get_full_name() or user.get_username()


def conversation_title_for(
    conversation: Conversation, *, viewer=None, author=None
) -> str:
    """How the conversation is named for `viewer`: the group's name, or the other
    member's name (participants prefetched). With `author` instead of a viewer,
    the name a recipient of the author's message sees."""
    if conversation.is_group:
        return conversation.title
    if author is not None:
        return _("Conversation with %(name)s") % {"name": _name(author)}
    others = [
        participant.user
        for participant in conversation.participants.all()
        if viewer is None or participant.user_id != viewer.pk
    ]
    return _name(others[0]) if others else _("Conversation")


def _unread_count(user) -> Coalesce:
    unread = (
        Message.objects.filter(
            conversation_id=OuterRef("conversation_id"),
            pk__gt=OuterRef("last_read_message_id"),
            hidden_at=None,
        )
        .exclude(author_id=user.pk)
        .order_by()
        .values("conversation_id")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(unread, output_field=IntegerField()), 0)


def conversation_list_for_user(*, user) -> QuerySet:
    """The member's conversations (as their Participant rows), latest activity
    first, each with `unread_count`, its last message and its members, in two
    queries whatever their number."""
    return (
        Participant.objects.filter(user=user)
        .select_related(
            "conversation",
            "conversation__last_message",
            "conversation__last_message__author",
        )
        .prefetch_related(
            Prefetch(
                "conversation__participants",
                queryset=Participant.objects.select_related(
                    "user", "user__profile"
                ).order_by("user__last_name", "user__first_name", "user_id"),
            )
        )
        .annotate(unread_count=_unread_count(user))
        .order_by(
            F("conversation__last_message_at").desc(nulls_last=True),
            "-conversation__created_at",
            "-conversation_id",
        )
    )


def conversation_get_for_user(*, user, pk: int) -> Conversation:
    """A conversation the member is part of, with its members, or Http404.

    Never tells whether a conversation the member is not part of exists. The
    member's own Participant row is set as `conversation.membership`.
    """
    conversation = (
        Conversation.objects.filter(pk=pk, participants__user=user)
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related(
                    "user", "user__profile"
                ).order_by("user__last_name", "user__first_name", "user_id"),
            )
        )
        .first()
    )
    if conversation is None:
        raise Http404
    conversation.membership = next(
        participant
        for participant in conversation.participants.all()
        if participant.user_id == user.pk
    )
    return conversation


def conversation_between(*, first, second) -> Conversation | None:
    """The two-member conversation of these members, if they ever started one."""
    return Conversation.objects.filter(
        pair_key=pair_key_for(first.pk, second.pk)
    ).first()


def _messages(conversation: Conversation) -> QuerySet:
    return Message.objects.filter(
        conversation=conversation, hidden_at=None
    ).select_related("author", "author__profile")


def message_history(
    *,
    conversation: Conversation,
    before: int | None = None,
    limit: int = HISTORY_PAGE_SIZE,
) -> tuple[list[Message], bool]:
    """(messages oldest first, whether older ones exist): the latest `limit`
    messages, or the `limit` just before message id `before`. One query."""
    rows = _messages(conversation).order_by("-pk")
    if before is not None:
        rows = rows.filter(pk__lt=before)
    rows = list(rows[: limit + 1])
    has_older = len(rows) > limit
    return list(reversed(rows[:limit])), has_older


def messages_since(
    *, conversation: Conversation, after: int, limit: int = SINCE_MAX
) -> tuple[list[Message], bool]:
    """(messages after id `after`, oldest first, whether more follow): what a
    page missed while its socket was down. One query."""
    rows = list(
        _messages(conversation).filter(pk__gt=after).order_by("pk")[: limit + 1]
    )
    return rows[:limit], len(rows) > limit


def message_get_for_user(*, user, pk: int) -> Message:
    """A visible message of a conversation the member is part of, or Http404."""
    message = (
        Message.objects.filter(
            pk=pk, hidden_at=None, conversation__participants__user=user
        )
        .select_related("author", "conversation")
        .first()
    )
    if message is None:
        raise Http404
    return message


def unread_total_for_user(*, user) -> int:
    """How many messages the member has not read, all conversations: one query."""
    mine = Participant.objects.filter(
        conversation_id=OuterRef("conversation_id"),
        user_id=user.pk,
        last_read_message_id__lt=OuterRef("pk"),
    )
    return (
        Message.objects.filter(Exists(mine), hidden_at=None)
        .exclude(author_id=user.pk)
        .count()
    )


def message_search_for_user(*, user, query: str, by_date: bool = False):
    """Messages matching `query` in the member's own conversations, best (or
    newest) first."""
    query = (query or "").strip()
    if not query or not user.is_authenticated:
        return Message.objects.none()
    messages = (
        Message.objects.filter(
            conversation_id__in=Participant.objects.filter(user_id=user.pk).values(
                "conversation_id"
            ),
            hidden_at=None,
        )
        .select_related("author", "conversation")
        .prefetch_related("conversation__participants__user")
    )
    if by_date:
        return get_search_backend().search(
            query,
            messages.order_by("-created_at"),
            operator="and",
            order_by_relevance=False,
        )
    return get_search_backend().search(query, messages, operator="and")


_MENTION_TOKEN = re.compile(r"@\[([^\]]+)\]")


def message_search_hit(message: Message) -> SearchHit:
    """How a message of my conversations reads in the site search."""
    conversation = message.conversation
    author = message.author
    return SearchHit(
        title=(
            conversation.title
            if conversation.is_group and conversation.title
            else _("Private conversation")
        ),
        url=f"{conversation.get_absolute_url()}#{message.anchor}",
        date=message.created_at,
        # Mention tokens read as the names typed.
        text=_MENTION_TOKEN.sub(r"@\1", message.text),
        context=(author.get_full_name() or author.get_username()) if author else "",
    )


def header_tool_context(request) -> dict:
    """The header's "Messages" entry: my unread count, cached per member.

    One query when the cache misses; the messaging services forget the entry
    when what a member has not read changes.
    """
    user = request.user
    return {
        "unread_count": member_cached(
            UNREAD_CACHE, user.pk, lambda: unread_total_for_user(user=user)
        )
    }
