"""Writes on notifications. `notification_send` is the only way any app notifies."""

from collections.abc import Callable, Iterable
from datetime import datetime
from itertools import islice

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import CharField, QuerySet
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Page

from home.member_cache import member_forget
from home.visibility import page_viewers
from notifications.models import (
    MemberVisit,
    Notification,
    NotificationEvent,
    NotificationPreference,
)
from notifications.selectors import BELL_CACHE
from notifications.verbs import DEFAULT_PREFERENCES, IMMEDIATE_EMAIL_VERBS, Verb

# Rows per INSERT (SQLite caps it lower: 999 parameters per query), and
# recipients per background task for large audiences; both stay under 999 ids
# per IN (...) lookup.
BATCH_SIZE = 900
TASK_CHUNK_SIZE = 900
DEFAULT_INLINE_MAX = 200


def chunked(items: list, size: int) -> Iterable[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _inline_max() -> int:
    # Up to this many recipients are written in the sender's transaction;
    # beyond, the fan-out goes to the tasks framework once the sender commits.
    return getattr(settings, "NOTIFICATIONS_INLINE_MAX", DEFAULT_INLINE_MAX)


def _recipient_queryset(recipients) -> QuerySet:
    User = get_user_model()
    if isinstance(recipients, QuerySet):
        if recipients.model is User:
            return recipients
        return User.objects.filter(pk__in=recipients)
    ids = {getattr(recipient, "pk", recipient) for recipient in recipients}
    return User.objects.filter(pk__in=[int(pk) for pk in ids])


def target_key(target: models.Model) -> tuple[int, str]:
    """(content type id, object id) under which a target's notifications are stored.

    Wagtail pages store their specific type on the row, so a generic `Page`
    instance and its specific `BlogPage` are the same target.
    """
    content_type_id = getattr(target, "content_type_id", None)
    if content_type_id is None or not hasattr(target, "specific_class"):
        content_type_id = ContentType.objects.get_for_model(target).pk
    return content_type_id, str(target.pk)


def _truncate(text: str, length: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


@transaction.atomic
def notification_send(
    *,
    recipients: QuerySet | Iterable,
    actor,
    verb: str,
    target: models.Model | None = None,
    url: str = "",
    title: str = "",
    excerpt: str = "",
    visible_to: Callable[[QuerySet], QuerySet] | None = None,
    once_per_target: bool = False,
    until_read: bool = False,
) -> int:
    """Notify members of one event; return how many members it is sent to.

    `recipients`: a User queryset (best for large audiences) or users or ids.
    `actor` (a user or None) is never notified of their own action; inactive
    accounts never are. `verb` is a `notifications.verbs.Verb`. `target` is any
    model instance, stored generically; `url` (with its #anchor) and `title` are
    copied so lists never load targets. `visible_to(users)` narrows a User
    queryset to the members allowed to see the target: the others are never
    notified. `once_per_target` skips members already notified with this verb
    for this target; `until_read` skips only those whose notification with
    this verb for this target is still unread (one notice per target until the
    member reads it, e.g. a conversation's new messages). Each member's
    preferences decide whether the notification shows on the site and/or goes
    by e-mail (at once for mentions and private messages, else in the daily
    digest). Up to NOTIFICATIONS_INLINE_MAX recipients are written in the
    caller's transaction; larger fan-outs run as tasks after it commits.
    """
    verb = Verb(verb)
    users = _recipient_queryset(recipients).filter(is_active=True)
    if actor is not None:
        users = users.exclude(pk=actor.pk)
    if visible_to is not None:
        users = visible_to(users)
    content_type_id, object_id = None, ""
    if target is not None:
        content_type_id, object_id = target_key(target)
        if once_per_target or until_read:
            already = Notification.objects.filter(
                event__verb=verb,
                event__target_content_type_id=content_type_id,
                event__target_object_id=object_id,
            )
            if not once_per_target:
                already = already.filter(read_at=None)
            users = users.exclude(pk__in=already.values("recipient_id"))
    recipient_ids = list(users.order_by().values_list("pk", flat=True).distinct())
    if not recipient_ids:
        return 0
    event = NotificationEvent.objects.create(
        actor=actor,
        verb=verb,
        target_content_type_id=content_type_id,
        target_object_id=object_id,
        target_url=url[:500],
        target_title=_truncate(title, 255),
        excerpt=_truncate(excerpt, 300),
        created_at=timezone.now(),
    )
    if len(recipient_ids) <= _inline_max():
        notifications_deliver(event=event, recipient_ids=recipient_ids)
        if verb in IMMEDIATE_EMAIL_VERBS:
            transaction.on_commit(lambda: _enqueue_emails(event.pk))
    else:
        transaction.on_commit(lambda: _enqueue_fanout(event.pk, recipient_ids))
    return len(recipient_ids)


def _enqueue_emails(event_id: int) -> None:
    from notifications.tasks import notification_emails_send

    notification_emails_send.enqueue(event_id=event_id)


def _enqueue_fanout(event_id: int, recipient_ids: list[int]) -> None:
    from notifications.tasks import notifications_fan_out

    for chunk in chunked(recipient_ids, TASK_CHUNK_SIZE):
        notifications_fan_out.enqueue(event_id=event_id, recipient_ids=chunk)


def notifications_deliver(*, event: NotificationEvent, recipient_ids: list[int]) -> int:
    """Write one row per recipient who wants this verb somewhere, in bulk."""
    preferences = {}
    for chunk in chunked(recipient_ids, BATCH_SIZE):
        preferences.update(
            (user_id, (on_site, by_email))
            for user_id, on_site, by_email in NotificationPreference.objects.filter(
                verb=event.verb, user_id__in=chunk
            ).values_list("user_id", "on_site", "by_email")
        )
    default = DEFAULT_PREFERENCES[event.verb]
    rows = []
    for recipient_id in recipient_ids:
        on_site, by_email = preferences.get(recipient_id, default)
        if on_site or by_email:
            rows.append(
                Notification(
                    event=event,
                    recipient_id=recipient_id,
                    on_site=on_site,
                    email_due=by_email,
                )
            )
    Notification.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    member_forget(BELL_CACHE, (row.recipient_id for row in rows if row.on_site))
    return len(rows)


def _forget_recipients(events) -> None:
    """Bells that showed these events must be rebuilt once they are deleted."""
    member_forget(
        BELL_CACHE,
        Notification.objects.filter(event__in=events)
        .order_by()
        .values_list("recipient_id", flat=True)
        .distinct(),
    )


def notification_mark_read(*, notification: Notification) -> None:
    """Mark one of a member's notifications as read (caller checked the recipient)."""
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at=None).update(
            read_at=notification.read_at
        )
        member_forget(BELL_CACHE, [notification.recipient_id])


def notification_mark_read_for_target(*, user, target: models.Model) -> int:
    """Mark a member's unread notifications about one target as read; return how many.

    For targets a member reads elsewhere than through the bell (e.g. opening a
    conversation reads its new-message notice).
    """
    content_type_id, object_id = target_key(target)
    updated = Notification.objects.filter(
        recipient=user,
        read_at=None,
        event__target_content_type_id=content_type_id,
        event__target_object_id=object_id,
    ).update(read_at=timezone.now())
    if updated:
        member_forget(BELL_CACHE, [user.pk])
    return updated


def notification_mark_all_read(*, user) -> int:
    """Mark every unread notification of a member as read; return how many."""
    member_forget(BELL_CACHE, [user.pk])
    return Notification.objects.filter(recipient=user, read_at=None).update(
        read_at=timezone.now()
    )


def notification_delete_for_target(*, target: models.Model) -> None:
    """Forget every notification about a deleted target (its links would break)."""
    content_type_id, object_id = target_key(target)
    events = NotificationEvent.objects.filter(
        target_content_type_id=content_type_id, target_object_id=object_id
    )
    _forget_recipients(events)
    events.delete()


def notification_delete_for_targets(*, model: type[models.Model], object_ids) -> None:
    """Forget every notification about many deleted objects of one (non-page)
    model, e.g. the messages of a deleted thread, a few queries per 900 ids."""
    content_type_id = ContentType.objects.get_for_model(model).pk
    for chunk in chunked([str(pk) for pk in object_ids], BATCH_SIZE):
        events = NotificationEvent.objects.filter(
            target_content_type_id=content_type_id, target_object_id__in=chunk
        )
        _forget_recipients(events)
        events.delete()


def notification_prune_for_page(*, page) -> int:
    """Withdraw notifications about `page` and its subpages from members who may
    no longer see them (after a view restriction was added); return how many."""
    subtree = Page.objects.descendant_of(page, inclusive=True)
    viewers = page_viewers(page)(get_user_model().objects.all())
    withdrawn = Notification.objects.filter(
        event__target_content_type_id__in=subtree.values("content_type_id"),
        event__target_object_id__in=subtree.annotate(
            key=Cast("pk", CharField())
        ).values("key"),
    ).exclude(recipient_id__in=viewers.values("pk"))
    member_forget(
        BELL_CACHE, withdrawn.values_list("recipient_id", flat=True).distinct()
    )
    deleted, _ = withdrawn.delete()
    return deleted


@transaction.atomic
def preferences_update(*, user, choices: dict[str, tuple[bool, bool]]) -> None:
    """Store a member's (on site, by e-mail) choice for each verb given."""
    NotificationPreference.objects.bulk_create(
        [
            NotificationPreference(
                user=user, verb=Verb(verb), on_site=on_site, by_email=by_email
            )
            for verb, (on_site, by_email) in choices.items()
        ],
        update_conflicts=True,
        unique_fields=["user", "verb"],
        update_fields=["on_site", "by_email"],
    )


@transaction.atomic
def visit_record(*, user, now: datetime | None = None) -> MemberVisit:
    """Start a new visit: the current one becomes the previous one."""
    now = now or timezone.now()
    visit, created = MemberVisit.objects.select_for_update().get_or_create(
        user=user, defaults={"current_visit_at": now}
    )
    if created:
        return visit
    visit.previous_visit_at = visit.current_visit_at
    visit.current_visit_at = now
    visit.save(update_fields=["previous_visit_at", "current_visit_at"])
    return visit
