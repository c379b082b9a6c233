"""Writes on themes, threads and messages. Views, admin, migrations' twins and
the demo call these; notifications leave once the change is committed."""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from comments.flood import comment_flood_take
from comments.models import COMMENT_MAX_LENGTH
from discussions.models import Follow, Message, ReadPosition, Report, Theme, Thread
from discussions.permissions import (
    can_delete_message,
    can_edit_message,
    can_manage_threads,
    can_moderate,
    can_reply,
    can_report_message,
)
from mentions.services import member_text_notify, mentioned_members
from notifications.models import Notification
from notifications.services import (
    notification_delete_for_target,
    notification_delete_for_targets,
    notification_send,
    target_key,
)
from notifications.verbs import Verb
from osmose_site.text import is_blank, member_text_normalised

# Same limit as comments: members meet one rule for everything they type.
MESSAGE_MAX_LENGTH = COMMENT_MAX_LENGTH
TITLE_MAX_LENGTH = 255
REPORT_REASON_MAX_LENGTH = 1000


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


def _flood_check(user) -> None:
    """Count one more text for this member; refuse it over the limit."""
    if not comment_flood_take(user_id=user.pk):
        raise ValidationError(
            _(
                "You have posted too many messages in the last minute. "
                "Please wait a moment before posting again."
            ),
            code="flood",
        )


def _unique_slug(title: str, *, exclude_pk=None) -> str:
    base = (slugify(title) or "fil")[:240]
    slug, n = base, 1
    taken = Thread.objects.exclude(pk=exclude_pk) if exclude_pk else Thread.objects
    while taken.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def thread_refresh_summary(*, thread: Thread) -> None:
    """Recount the published messages and find the last one."""
    published = Message.objects.filter(thread=thread, status=Message.Status.PUBLISHED)
    last = published.order_by("-pk").first()
    thread.message_count = published.count()
    thread.last_message = last
    thread.last_activity_at = last.created_at if last else thread.created_at
    Thread.objects.filter(pk=thread.pk).update(
        message_count=thread.message_count,
        last_message=last,
        last_activity_at=thread.last_activity_at,
    )


@transaction.atomic
def thread_create(
    *,
    author,
    theme: Theme,
    title: str,
    text: str,
    slug: str = "",
    pinned: bool = False,
    locked: bool = False,
    notify: bool = True,
) -> Thread:
    """Open a thread with its first message (administrators only)."""
    if not can_manage_threads(author):
        raise PermissionDenied
    title = (title or "").strip()
    if not title:
        raise ValidationError(_("Give the thread a title."), code="no_title")
    text = message_text_clean(text)
    thread = Thread.objects.create(
        theme=theme,
        title=title[:TITLE_MAX_LENGTH],
        slug=slug or _unique_slug(title),
        author=author,
        pinned=pinned,
        locked=locked,
    )
    message = Message.objects.create(thread=thread, author=author, text=text)
    thread.message_count = 1
    thread.last_message = message
    thread.last_activity_at = message.created_at
    thread.save(update_fields=["message_count", "last_message", "last_activity_at"])
    Follow.objects.get_or_create(user=author, thread=thread)
    _read_upto(user=author, thread=thread, message_id=message.pk)
    if notify:
        transaction.on_commit(lambda: _thread_created_notify(thread, message))
    return thread


def _thread_created_notify(thread: Thread, message: Message) -> None:
    notification_send(
        recipients=get_user_model().objects.filter(is_active=True),
        actor=thread.author,
        verb=Verb.NEW_THREAD,
        target=thread,
        url=thread.get_absolute_url(),
        title=thread.title,
        excerpt=message.text,
    )
    member_text_notify(
        author=message.author,
        text=message.text,
        target=message,
        url=message.get_absolute_url(),
        title=thread.title,
    )


@transaction.atomic
def thread_update(
    *,
    by,
    thread: Thread,
    title: str | None = None,
    theme: Theme | None = None,
    pinned: bool | None = None,
    locked: bool | None = None,
) -> Thread:
    """Rename, move, pin or lock a thread (administrators only); the slug stays."""
    if not can_manage_threads(by):
        raise PermissionDenied
    fields = []
    if title is not None:
        title = title.strip()
        if not title:
            raise ValidationError(_("Give the thread a title."), code="no_title")
        thread.title = title[:TITLE_MAX_LENGTH]
        fields.append("title")
    if theme is not None:
        thread.theme = theme
        fields.append("theme")
    if pinned is not None:
        thread.pinned = pinned
        fields.append("pinned")
    if locked is not None:
        thread.locked = locked
        fields.append("locked")
    if fields:
        thread.save(update_fields=fields)
    return thread


@transaction.atomic
def thread_set_answer(*, by, thread: Thread, message: Message | None) -> Thread:
    """Mark the message that answers the thread (or none: not resolved)."""
    if not can_manage_threads(by):
        raise PermissionDenied
    if message is not None and (
        message.thread_id != thread.pk or not message.is_published
    ):
        raise ValidationError(_("This message cannot be the answer."), code="answer")
    thread.answer = message
    thread.save(update_fields=["answer"])
    return thread


@transaction.atomic
def thread_delete(*, by, thread: Thread) -> None:
    """Delete a thread and its messages for good (administrators only)."""
    if not can_manage_threads(by):
        raise PermissionDenied
    notification_delete_for_target(target=thread)
    notification_delete_for_targets(
        model=Message, object_ids=thread.messages.values_list("pk", flat=True)
    )
    thread.delete()


@transaction.atomic
def message_create(
    *,
    author,
    thread: Thread,
    text: str,
    reply_to: Message | None = None,
    quote: bool = False,
    check_flood: bool = True,
    notify: bool = True,
) -> Message:
    """Reply in an open thread, possibly answering or quoting one of its messages.

    The author now follows the thread and has read up to their own message.
    """
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if not can_reply(author, thread):
        if thread.locked:
            raise ValidationError(
                _("This thread is locked: it no longer takes replies."), code="locked"
            )
        raise PermissionDenied
    text = message_text_clean(text)
    if check_flood:
        _flood_check(author)
    if reply_to is not None:
        if reply_to.thread_id != thread.pk:
            raise ValidationError(
                _("This reply does not belong here."), code="wrong_thread"
            )
        if not reply_to.is_published:
            raise ValidationError(
                _("This message was removed: you can no longer reply to it."),
                code="reply_to_removed",
            )
    message = Message.objects.create(
        thread=thread,
        author=author,
        text=text,
        reply_to=reply_to,
        quote=bool(quote and reply_to is not None),
    )
    Thread.objects.filter(pk=thread.pk).update(
        message_count=F("message_count") + 1,
        last_message=message,
        last_activity_at=message.created_at,
    )
    Follow.objects.get_or_create(user=author, thread=thread)
    _read_upto(user=author, thread=thread, message_id=message.pk)
    if notify:
        transaction.on_commit(lambda: _message_posted_notify(message))
    return message


def _unread_notified(thread: Thread):
    """Members with an unread notification about new messages in `thread`."""
    content_type_id, object_id = target_key(thread)
    return Notification.objects.filter(
        event__verb=Verb.THREAD_MESSAGE,
        event__target_content_type_id=content_type_id,
        event__target_object_id=object_id,
        read_at=None,
    ).values("recipient_id")


def _message_posted_notify(message: Message) -> None:
    """Followers once per unread batch; mentioned and answered members directly."""
    thread = message.thread
    reply_to = message.reply_to.author if message.reply_to_id else None
    member_text_notify(
        author=message.author,
        text=message.text,
        target=message,
        url=message.get_absolute_url(),
        title=thread.title,
        reply_to=reply_to,
    )
    told = {member.pk for member in mentioned_members(message.text)}
    if reply_to is not None:
        told.add(reply_to.pk)
    followers = (
        get_user_model()
        .objects.filter(pk__in=Follow.objects.filter(thread=thread).values("user_id"))
        .exclude(pk__in=told)
        .exclude(pk__in=_unread_notified(thread))
    )
    notification_send(
        recipients=followers,
        actor=message.author,
        verb=Verb.THREAD_MESSAGE,
        target=thread,
        url=message.get_absolute_url(),
        title=thread.title,
        excerpt=message.text,
    )


@transaction.atomic
def message_edit(*, editor, message: Message, text: str) -> Message:
    """Replace the text of the editor's own published message."""
    if not can_edit_message(editor, message):
        raise PermissionDenied
    text = message_text_clean(text)
    if text == message.text:
        return message
    previous_text = message.text
    message.text = text
    message.edited_at = timezone.now()
    message.save(update_fields=["text", "edited_at"])
    transaction.on_commit(
        lambda: member_text_notify(
            author=message.author,
            text=message.text,
            target=message,
            url=message.get_absolute_url(),
            title=message.thread.title,
            previous_text=previous_text,
        )
    )
    return message


@transaction.atomic
def message_delete(*, user, message: Message) -> None:
    """Delete one's own message: its text goes, its row stays for the replies."""
    if not can_delete_message(user, message):
        raise PermissionDenied
    message.status = Message.Status.DELETED
    message.text = ""
    message.save(update_fields=["status", "text"])
    _answer_forget(message)
    thread_refresh_summary(thread=message.thread)


def _answer_forget(message: Message) -> None:
    Thread.objects.filter(answer=message).update(answer=None)


@transaction.atomic
def message_hide(*, moderator, message: Message, reason: str) -> bool:
    """Hide a published message from members, with a reason; False if not published."""
    if not can_moderate(moderator):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the reason for hiding."), code="no_reason")
    if not message.is_published:
        return False
    message.status = Message.Status.HIDDEN
    message.moderated_by = moderator
    message.moderated_at = timezone.now()
    message.moderation_reason = reason
    message.save(
        update_fields=["status", "moderated_by", "moderated_at", "moderation_reason"]
    )
    message.reports.filter(handled_at=None).update(handled_at=message.moderated_at)
    _answer_forget(message)
    thread_refresh_summary(thread=message.thread)
    return True


@transaction.atomic
def message_restore(*, moderator, message: Message, reason: str) -> bool:
    """Show a hidden message again, with a reason; False if it was not hidden."""
    if not can_moderate(moderator):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the reason for restoring."), code="no_reason")
    if message.status != Message.Status.HIDDEN:
        return False
    message.status = Message.Status.PUBLISHED
    message.moderated_by = moderator
    message.moderated_at = timezone.now()
    message.moderation_reason = reason
    message.save(
        update_fields=["status", "moderated_by", "moderated_at", "moderation_reason"]
    )
    thread_refresh_summary(thread=message.thread)
    return True


@transaction.atomic
def message_report(*, reporter, message: Message, reason: str = "") -> Report:
    """Put a message in the moderators' list; reporting twice keeps one report."""
    if not can_report_message(reporter, message):
        raise PermissionDenied
    reason = (reason or "").strip()[:REPORT_REASON_MAX_LENGTH]
    try:
        with transaction.atomic():
            return Report.objects.create(
                message=message, reporter=reporter, reason=reason
            )
    except IntegrityError:
        report = Report.objects.get(message=message, reporter=reporter)
        report.reason = reason or report.reason
        report.handled_at = None
        report.save(update_fields=["reason", "handled_at"])
        return report


@transaction.atomic
def message_reports_dismiss(*, moderator, message: Message) -> int:
    """Close the open reports of a message left as it is."""
    if not can_moderate(moderator):
        raise PermissionDenied
    return message.reports.filter(handled_at=None).update(handled_at=timezone.now())


def thread_follow(*, user, thread: Thread) -> None:
    Follow.objects.get_or_create(user=user, thread=thread)


def thread_unfollow(*, user, thread: Thread) -> None:
    Follow.objects.filter(user=user, thread=thread).delete()


def _read_upto(*, user, thread: Thread, message_id: int) -> None:
    updated = ReadPosition.objects.filter(
        user=user, thread=thread, last_read_message_id__lt=message_id
    ).update(last_read_message_id=message_id, updated_at=timezone.now())
    if not updated:
        ReadPosition.objects.get_or_create(
            user=user, thread=thread, defaults={"last_read_message_id": message_id}
        )


@transaction.atomic
def read_position_update(*, user, thread: Thread, message_id: int) -> None:
    """The member has seen the thread up to `message_id` (never moves back).

    Their notifications about new messages in it are read too, so the next
    message notifies them again.
    """
    if not user.is_authenticated:
        return
    _read_upto(user=user, thread=thread, message_id=message_id)
    content_type_id, object_id = target_key(thread)
    Notification.objects.filter(
        recipient=user,
        read_at=None,
        event__verb=Verb.THREAD_MESSAGE,
        event__target_content_type_id=content_type_id,
        event__target_object_id=object_id,
    ).update(read_at=timezone.now())


@transaction.atomic
def thread_published_answer_record(*, message: Message, url: str, title: str) -> None:
    """Link the thread to where an answer drawn from it was published; tell the
    asker and the followers, unless the publisher already told them of it."""
    thread = message.thread
    thread.published_answer_url = url[:500]
    thread.published_answer_title = title[:255]
    thread.save(update_fields=["published_answer_url", "published_answer_title"])
    recipients = set(
        Follow.objects.filter(thread=thread).values_list("user_id", flat=True)
    )
    if message.author_id:
        recipients.add(message.author_id)
    if recipients:
        transaction.on_commit(
            lambda: _published_answer_notify(thread, recipients, url, title)
        )


def _published_answer_notify(thread: Thread, recipients, url: str, title: str):
    # The publishing service may store its own notice under the relative path.
    told = Notification.objects.filter(
        event__verb=Verb.NEW_FAQ,
        event__target_url__in={url, urlsplit(url).path},
    ).values("recipient_id")
    notification_send(
        recipients=get_user_model()
        .objects.filter(pk__in=recipients)
        .exclude(pk__in=told),
        actor=None,
        verb=Verb.NEW_FAQ,
        target=thread,
        url=url,
        title=title,
        excerpt=thread.title,
    )
