"""Writes of the calendar: registrations, feed tokens, publication bookkeeping."""

import hashlib
import json

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from events import tokens
from events.models import (
    CalendarSubscription,
    EventPage,
    EventPublication,
    EventRegistration,
)
from events.signals import event_changed

# What a published change is made of: everything the pages, lists and feeds show.
SIGNATURE_FIELDS = (
    "title",
    "slug",
    "event_type",
    "start",
    "end",
    "all_day",
    "location",
    "online_url",
    "organiser",
    "description",
    "attachments",
    "recurrence",
    "recurrence_interval",
    "recurrence_until",
    "recurrence_count",
    "exceptions",
    "cancelled",
)
_CHILD_BOOKKEEPING = {"pk", "page", "sort_order"}


def _without_bookkeeping(value):
    # Child rows get new primary keys and positions on each revision.
    if isinstance(value, list):
        return [
            {k: v for k, v in row.items() if k not in _CHILD_BOOKKEEPING}
            for row in value
        ]
    return value


def event_signature(event: EventPage) -> dict[str, str]:
    """A digest per shown field, to tell which ones a publication changed."""
    data = event.serializable_data()
    signature = {}
    for name in SIGNATURE_FIELDS:
        value = _without_bookkeeping(data.get(name))
        encoded = json.dumps(value, cls=DjangoJSONEncoder, sort_keys=True)
        signature[name] = hashlib.sha256(encoded.encode()).hexdigest()[:16]
    return signature


def event_publish_record(*, event: EventPage) -> None:
    """Record a publication: raise SEQUENCE and announce the change on commit.

    The first publication starts at SEQUENCE 0 and announces nothing; later ones
    that change what members see raise it by one and send `event_changed`.
    """
    signature = event_signature(event)
    with transaction.atomic():
        publication, created = (
            EventPublication.objects.select_for_update().get_or_create(
                event=event, defaults={"signature": signature}
            )
        )
        previous = publication.signature
        if created or previous == signature:
            return
        publication.sequence += 1
        publication.signature = signature
        publication.save(update_fields=["sequence", "signature"])
        event.publication = publication
        changed_fields = sorted(
            name for name in signature if previous.get(name) != signature[name]
        )
        participants = [
            registration.user
            for registration in EventRegistration.objects.filter(
                event=event
            ).select_related("user")
        ]
        transaction.on_commit(
            lambda: event_changed.send(
                sender=EventPage,
                event=event,
                cancelled=event.cancelled,
                participants=participants,
                changed_fields=changed_fields,
            )
        )


def event_register(*, user: AbstractBaseUser, event: EventPage) -> EventRegistration:
    """Register a member to an event that is neither cancelled nor over."""
    if event.cancelled:
        raise ValidationError(_("This event is cancelled."))
    if event.occurrences_end and event.occurrences_end <= timezone.now():
        raise ValidationError(_("This event is over."))
    with transaction.atomic():
        registration, _created = EventRegistration.objects.get_or_create(
            event=event, user=user
        )
    return registration


def event_unregister(*, user: AbstractBaseUser, event: EventPage) -> None:
    """Withdraw a member's registration (nothing happens if there was none)."""
    with transaction.atomic():
        EventRegistration.objects.filter(event=event, user=user).delete()


def subscription_ensure(*, user: AbstractBaseUser) -> CalendarSubscription:
    """The member's feed subscription, created on first need."""
    with transaction.atomic():
        subscription, _created = CalendarSubscription.objects.get_or_create(
            user=user, defaults={"key": tokens.key_new()}
        )
    return subscription


def subscription_regenerate(*, user: AbstractBaseUser) -> CalendarSubscription:
    """Give the member a new feed address; the previous one stops working at once."""
    with transaction.atomic():
        subscription, created = (
            CalendarSubscription.objects.select_for_update().get_or_create(
                user=user, defaults={"key": tokens.key_new()}
            )
        )
        if not created:
            subscription.key = tokens.key_new()
            subscription.created_at = timezone.now()
            subscription.save(update_fields=["key", "created_at"])
    return subscription
