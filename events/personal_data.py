"""The calendar's part of a member's personal data."""

from django.conf import settings
from django.urls import reverse

from events.models import CalendarSubscription, EventRegistration
from events.selectors import subscription_token
from profiles.personal_data import PersonalData


def events_export(user) -> PersonalData:
    registrations = (
        EventRegistration.objects.filter(user=user)
        .select_related("event")
        .order_by("pk")
    )
    subscription = CalendarSubscription.objects.filter(user=user).first()
    feed = None
    if subscription is not None:
        token = subscription_token(subscription=subscription)
        feed = {
            "address": settings.BASE_URL + reverse("events:feed", args=[token]),
            "created_at": subscription.created_at.isoformat(),
        }
    return PersonalData(
        data={
            "registrations": [
                {
                    "event": registration.event.title,
                    "url": registration.event.url,
                    "registered_at": registration.created_at.isoformat(),
                }
                for registration in registrations
            ],
            "calendar_subscription": feed,
        }
    )


def events_revoke(user) -> None:
    """The private calendar address stops working at once."""
    CalendarSubscription.objects.filter(user=user).delete()


def events_erase(user) -> None:
    events_revoke(user)
    EventRegistration.objects.filter(user=user).delete()
