"""E-mails of notifications: immediate ones (mentions) and the daily digest."""

from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from notifications.models import Notification, NotificationPreference
from notifications.verbs import IMMEDIATE_EMAIL_VERBS

DIGEST_MAX_ITEMS = 50
MEMBERS_PER_BATCH = 100
UPDATE_CHUNK = 500


def _absolute(path: str) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{path}" if path.startswith("/") else path


def _item(notification: Notification) -> dict:
    event = notification.event
    return {
        "message": event.message,
        "excerpt": event.excerpt,
        "url": _absolute(event.target_url or reverse("notifications:list")),
        "created_at": event.created_at,
    }


def _message(*, recipient, subject: str, template: str, context: dict):
    context = {
        **context,
        "recipient": recipient,
        "site_name": settings.SITE_NAME,
        "preferences_url": _absolute(reverse("notifications:preferences")),
        "notifications_url": _absolute(reverse("notifications:list")),
    }
    message = EmailMultiAlternatives(
        subject=f"[{settings.SITE_NAME}] {subject}",
        body=render_to_string(f"notifications/email/{template}.txt", context),
        to=[recipient.email],
    )
    message.attach_alternative(
        render_to_string(f"notifications/email/{template}.html", context), "text/html"
    )
    return message


def _mark_emailed(ids: list[int]) -> None:
    now = timezone.now()
    for start in range(0, len(ids), UPDATE_CHUNK):
        Notification.objects.filter(pk__in=ids[start : start + UPDATE_CHUNK]).update(
            emailed_at=now
        )


def _mailable(notifications):
    return notifications.filter(recipient__is_active=True).exclude(recipient__email="")


def immediate_emails_send(
    *, event_id: int, recipient_ids: list[int] | None = None
) -> int:
    """Mail an immediate-verb event to its recipients who want e-mails; return count."""
    notifications = _mailable(
        Notification.objects.filter(
            event_id=event_id,
            event__verb__in=IMMEDIATE_EMAIL_VERBS,
            email_due=True,
            emailed_at=None,
        )
    ).select_related("recipient", "event", "event__actor")
    if recipient_ids is not None:
        notifications = notifications.filter(recipient_id__in=recipient_ids)
    notifications = list(notifications)
    if not notifications:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        messages = [
            _message(
                recipient=notification.recipient,
                subject=notification.event.message,
                template="immediate",
                context={"item": _item(notification)},
            )
            for notification in notifications
        ]
    get_connection().send_messages(messages)
    _mark_emailed([notification.pk for notification in notifications])
    return len(messages)


def digest_send() -> int:
    """Mail each member one digest of their pending notifications; return how many."""
    due = Notification.objects.filter(email_due=True, emailed_at=None).exclude(
        event__verb__in=IMMEDIATE_EMAIL_VERBS
    )
    # What a member already read on the site, or no longer wants by e-mail, is
    # not mailed; nor is anything for members who left or have no address.
    switched_off = NotificationPreference.objects.filter(
        user_id=OuterRef("recipient_id"), verb=OuterRef("event__verb"), by_email=False
    )
    Notification.objects.filter(
        pk__in=due.filter(
            Q(Exists(switched_off))
            | Q(read_at__isnull=False)
            | Q(recipient__is_active=False)
            | Q(recipient__email="")
        ).values("pk")
    ).update(email_due=False)
    pending = (
        _mailable(due)
        .select_related("recipient", "event", "event__actor")
        .order_by("recipient_id", "-id")
    )
    sent = 0
    messages, sent_ids = [], []
    with translation.override(settings.LANGUAGE_CODE):
        for _recipient_id, group in groupby(
            pending.iterator(chunk_size=2000), key=lambda n: n.recipient_id
        ):
            notifications = list(group)
            recipient = notifications[0].recipient
            count = len(notifications)
            messages.append(
                _message(
                    recipient=recipient,
                    subject=ngettext(
                        "Your daily digest: %(count)s new item",
                        "Your daily digest: %(count)s new items",
                        count,
                    )
                    % {"count": count},
                    template="digest",
                    context={
                        "items": [_item(n) for n in notifications[:DIGEST_MAX_ITEMS]],
                        "count": count,
                        "more": max(0, count - DIGEST_MAX_ITEMS),
                        "title": _("What is new on %(site)s")
                        % {"site": settings.SITE_NAME},
                    },
                )
            )
            sent_ids.extend(n.pk for n in notifications)
            if len(messages) >= MEMBERS_PER_BATCH:
                sent += _flush(messages, sent_ids)
                messages, sent_ids = [], []
        sent += _flush(messages, sent_ids)
    return sent


def _flush(messages: list, ids: list[int]) -> int:
    if not messages:
        return 0
    get_connection().send_messages(messages)
    _mark_emailed(ids)
    return len(messages)
