"""Background work of notifications: large fan-outs and e-mails."""

from django.db import transaction
from django_tasks import task

from notifications import emails
from notifications.models import NotificationEvent
from notifications.services import notifications_deliver
from notifications.verbs import IMMEDIATE_EMAIL_VERBS


@task()
def notifications_fan_out(*, event_id: int, recipient_ids: list[int]) -> int:
    """Write one chunk of a large fan-out, then mail those who want it at once."""
    event = NotificationEvent.objects.filter(pk=event_id).first()
    if event is None:
        return 0
    with transaction.atomic():
        written = notifications_deliver(event=event, recipient_ids=recipient_ids)
    if event.verb in IMMEDIATE_EMAIL_VERBS:
        emails.immediate_emails_send(event_id=event_id, recipient_ids=recipient_ids)
    return written


@task()
def notification_emails_send(*, event_id: int) -> int:
    """Mail an event at once to the recipients who asked for it."""
    return emails.immediate_emails_send(event_id=event_id)
