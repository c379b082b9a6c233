"""Writes on conversations and messages. Views, the socket consumer, the admin
and the demo all go through these.

A message is stored first; once committed, it is broadcast to the sockets open
on its conversation, members who do not have it open are notified (one notice
per conversation until they read it), and members it mentions in a group are
told.
"""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.search import index

from comments.flood import flood_take
from home.member_cache import member_forget
from mentions.rendering import member_text_plain
from mentions.services import member_text_notify
from messaging import live
from messaging.models import (
    GROUP_MAX_MEMBERS,
    MESSAGE_MAX_LENGTH,
    Conversation,
    Message,
    MessageReport,
    Participant,
    pair_key_for,
)
from messaging.presence import present_user_ids
from messaging.selectors import UNREAD_CACHE, conversation_title_for
from notifications.services import notification_mark_read_for_target, notification_send
from notifications.verbs import Verb
from osmose_site.text import is_blank, member_text_normalised

FLOOD_SCOPE = "messaging"
MODERATE_PERMISSION = "messaging.moderate_message"
EXCERPT_LENGTH = 200


def message_text_clean(text: str) -> str:
    """The text to store, or a ValidationError with a message for the member."""
    text = member_text_normalised(text)
    if is_blank(text):
        raise ValidationError(_("Your message is empty."), code="empty")
    if len(text) > MESSAGE_MAX_LENGTH:
        raise ValidationError(
            _("Your message is too long: %(length)s characters, %(max)s at most.")
            % {"length": len(text), "max": MESSAGE_MAX_LENGTH},
            code="too_long",
        )
    return text


def message_user_can_moderate(user) -> bool:
    """Whether this user reviews reported messages (Administrateur, superusers)."""
    return bool(user.is_active and user.has_perm(MODERATE_PERMISSION))


def _active_members(users: Iterable) -> list:
    ids = {getattr(user, "pk", user) for user in users}
    return list(get_user_model().objects.filter(pk__in=ids, is_active=True))


@transaction.atomic
def conversation_start_direct(*, author, other) -> Conversation:
    """The conversation between two members, created if they never talked."""
    if other.pk == author.pk or not other.is_active:
        raise ValidationError(
            _("You cannot start a conversation with this member."), code="bad_member"
        )
    key = pair_key_for(author.pk, other.pk)
    existing = Conversation.objects.filter(pair_key=key).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            conversation = Conversation.objects.create(pair_key=key, created_by=author)
    except IntegrityError:  # the other member started it at the same moment
        return Conversation.objects.get(pair_key=key)
    Participant.objects.bulk_create(
        [
            Participant(conversation=conversation, user=author),
            Participant(conversation=conversation, user=other),
        ]
    )
    return conversation


def _check_group_size(count: int) -> None:
    if count > GROUP_MAX_MEMBERS:
        raise ValidationError(
            _("A group conversation has %(max)s members at most.")
            % {"max": GROUP_MAX_MEMBERS},
            code="too_many",
        )


@transaction.atomic
def conversation_create_group(*, author, title: str, members: Iterable) -> Conversation:
    """A named group conversation of the author and `members` (50 in all at most)."""
    title = (title or "").strip()
    if not title:
        raise ValidationError(_("Give the group a name."), code="no_title")
    others = [user for user in _active_members(members) if user.pk != author.pk]
    if not others:
        raise ValidationError(_("Choose at least one other member."), code="no_members")
    _check_group_size(len(others) + 1)
    conversation = Conversation.objects.create(
        title=title[:120], is_group=True, created_by=author
    )
    Participant.objects.bulk_create(
        [
            Participant(conversation=conversation, user=user)
            for user in [author, *others]
        ]
    )
    return conversation


@transaction.atomic
def conversation_add_members(*, actor, conversation: Conversation, members) -> int:
    """The creator adds members to their group; returns how many joined."""
    if not conversation.is_group or conversation.created_by_id != actor.pk:
        raise PermissionDenied
    current = set(
        Participant.objects.filter(conversation=conversation).values_list(
            "user_id", flat=True
        )
    )
    if actor.pk not in current:
        raise PermissionDenied
    newcomers = [user for user in _active_members(members) if user.pk not in current]
    if not newcomers:
        return 0
    _check_group_size(len(current) + len(newcomers))
    # Newcomers see the history, but it does not count as unread for them.
    last_id = conversation.last_message_id or 0
    Participant.objects.bulk_create(
        [
            Participant(
                conversation=conversation, user=user, last_read_message_id=last_id
            )
            for user in newcomers
        ]
    )
    return len(newcomers)


@transaction.atomic
def conversation_leave(*, user, conversation: Conversation) -> None:
    """A member leaves a group conversation: it disappears from their list."""
    if not conversation.is_group:
        raise ValidationError(
            _("You can only leave a group conversation."), code="not_group"
        )
    deleted, _count = Participant.objects.filter(
        conversation=conversation, user=user
    ).delete()
    if not deleted:
        raise PermissionDenied
    member_forget(UNREAD_CACHE, [user.pk])
    user_id = user.pk
    transaction.on_commit(
        lambda: live.broadcast(
            conversation.pk, {"type": "member.left", "user_id": user_id}
        )
    )


def _flood_limit() -> int:
    return getattr(settings, "MESSAGING_MAX_PER_MINUTE", 30)


@transaction.atomic
def message_send(
    *, author, conversation: Conversation, text: str, check_flood: bool = True
) -> Message:
    """Store a message from a participant, then broadcast and notify on commit.

    `check_flood=False` is for loaders and imports.
    """
    text = message_text_clean(text)
    membership = Participant.objects.filter(
        conversation=conversation, user=author
    ).first()
    if membership is None:
        raise PermissionDenied
    if check_flood and not flood_take(
        scope=FLOOD_SCOPE, user_id=author.pk, limit=_flood_limit()
    ):
        raise ValidationError(
            _(
                "You have sent too many messages in the last minute. "
                "Please wait a moment before sending again."
            ),
            code="flood",
        )
    message = Message.objects.create(
        conversation=conversation, author=author, text=text
    )
    Conversation.objects.filter(pk=conversation.pk).update(
        last_message=message, last_message_at=message.created_at
    )
    conversation.last_message = message
    conversation.last_message_at = message.created_at
    # The author has read what they answer.
    Participant.objects.filter(pk=membership.pk).update(last_read_message_id=message.pk)
    # Every participant's unread count in the header changes.
    member_forget(
        UNREAD_CACHE,
        Participant.objects.filter(conversation=conversation).values_list(
            "user_id", flat=True
        ),
    )
    # A channel layer that is down must not lose the notices: pages that miss
    # the broadcast fetch the message when their socket comes back.
    transaction.on_commit(lambda: _message_broadcast(message), robust=True)
    transaction.on_commit(lambda: _message_notify(message))
    return message


def _message_broadcast(message: Message) -> None:
    live.broadcast(
        message.conversation_id,
        {"type": "message.new", "message": live.message_payload(message)},
    )


def _message_notify(message: Message) -> None:
    conversation = message.conversation
    member_ids = list(
        Participant.objects.filter(conversation=conversation).values_list(
            "user_id", flat=True
        )
    )
    away = set(member_ids) - present_user_ids(
        conversation_id=conversation.pk, user_ids=member_ids
    )
    away.discard(message.author_id)
    excerpt = member_text_plain(message.text)[:EXCERPT_LENGTH]
    url = f"{conversation.get_absolute_url()}#{message.anchor}"
    title = conversation_title_for(conversation, viewer=None, author=message.author)
    if away:
        notification_send(
            recipients=sorted(away),
            actor=message.author,
            verb=Verb.DIRECT_MESSAGE,
            target=conversation,
            url=url,
            title=title,
            excerpt=excerpt,
            until_read=True,
        )
    if conversation.is_group:
        member_text_notify(
            author=message.author,
            text=message.text,
            target=message,
            url=url,
            title=title,
            visible_to=lambda users: users.filter(pk__in=member_ids),
        )


@transaction.atomic
def conversation_mark_read(
    *, user, conversation: Conversation, up_to: int | None = None
) -> int:
    """Move the member's read marker forward (to the latest message by default).

    Returns the new marker; it never moves back. Reading a conversation also
    reads its new-message notification.
    """
    latest = conversation.last_message_id or 0
    target = latest if up_to is None else min(int(up_to), latest)
    updated = Participant.objects.filter(
        conversation=conversation, user=user, last_read_message_id__lt=target
    ).update(last_read_message_id=target)
    notification_mark_read_for_target(user=user, target=conversation)
    if updated:
        member_forget(UNREAD_CACHE, [user.pk])
        user_id = user.pk
        transaction.on_commit(
            lambda: live.broadcast(
                conversation.pk,
                {"type": "message.read", "user_id": user_id, "message_id": target},
            )
        )
    return target


@transaction.atomic
def message_report(*, reporter, message: Message, reason: str) -> MessageReport:
    """A participant reports someone else's message to the moderators (once)."""
    if message.author_id == reporter.pk:
        raise ValidationError(
            _("You cannot report your own message."), code="own_message"
        )
    reason = (reason or "").strip()[:1000]
    report, created = MessageReport.objects.get_or_create(
        message=message, reporter=reporter, defaults={"reason": reason}
    )
    if not created and reason and report.status == MessageReport.Status.OPEN:
        report.reason = reason
        report.save(update_fields=["reason"])
    return report


def _handle(*, moderator, reports: QuerySet, status: str) -> int:
    if not message_user_can_moderate(moderator):
        raise PermissionDenied
    return reports.filter(status=MessageReport.Status.OPEN).update(
        status=status, handled_by=moderator, handled_at=timezone.now()
    )


@transaction.atomic
def message_hide(*, moderator, message: Message) -> int:
    """Hide a reported message from its conversation; close its reports."""
    if not message_user_can_moderate(moderator):
        raise PermissionDenied
    if not message.reports.exists():
        # Moderators act on reported messages only, never browse conversations.
        raise PermissionDenied
    Message.objects.filter(pk=message.pk, hidden_at=None).update(
        hidden_at=timezone.now()
    )
    member_forget(
        UNREAD_CACHE,
        Participant.objects.filter(conversation_id=message.conversation_id).values_list(
            "user_id", flat=True
        ),
    )
    # Its words leave the search index once the hiding is committed.
    message.refresh_from_db(fields=["hidden_at"])
    transaction.on_commit(lambda: index.insert_or_update_object(message))
    return _handle(
        moderator=moderator,
        reports=message.reports.all(),
        status=MessageReport.Status.HIDDEN,
    )


@transaction.atomic
def message_report_dismiss(*, moderator, report: MessageReport) -> int:
    """Close a report without hiding the message."""
    return _handle(
        moderator=moderator,
        reports=MessageReport.objects.filter(pk=report.pk),
        status=MessageReport.Status.DISMISSED,
    )
