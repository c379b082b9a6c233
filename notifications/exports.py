"""The notifications' part of a member's personal data, and its retention."""

from datetime import timedelta

from django.utils import timezone

from notifications.models import (
    MemberVisit,
    Notification,
    NotificationEvent,
    NotificationPreference,
)
from profiles.personal_data import PersonalData


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def notifications_export(user) -> PersonalData:
    notifications = (
        Notification.objects.filter(recipient=user)
        .select_related("event", "event__actor")
        .order_by("id")
    )
    visit = MemberVisit.objects.filter(user=user).first()
    return PersonalData(
        data={
            "notifications": [
                {
                    "message": notification.event.message,
                    "verb": notification.event.verb,
                    "url": notification.event.target_url,
                    "excerpt": notification.event.excerpt,
                    "created_at": _iso(notification.event.created_at),
                    "read_at": _iso(notification.read_at),
                    "emailed_at": _iso(notification.emailed_at),
                }
                for notification in notifications
            ],
            "preferences": [
                {
                    "verb": preference.verb,
                    "on_site": preference.on_site,
                    "by_email": preference.by_email,
                }
                for preference in NotificationPreference.objects.filter(
                    user=user
                ).order_by("verb")
            ],
            "visits": {
                "current_visit_at": _iso(visit.current_visit_at) if visit else None,
                "previous_visit_at": _iso(visit.previous_visit_at) if visit else None,
            },
        }
    )


def notifications_erase(user) -> None:
    """Delete what the member received and chose; events they caused stay,
    anonymous ("A member")."""
    Notification.objects.filter(recipient=user).delete()
    NotificationPreference.objects.filter(user=user).delete()
    MemberVisit.objects.filter(user=user).delete()
    NotificationEvent.objects.filter(actor=user).update(actor=None)
    _events_without_recipients().delete()


def _events_without_recipients():
    return NotificationEvent.objects.filter(notifications__isnull=True)


def notifications_prune(*, older_than_days: int, now=None) -> int:
    """Delete notifications (and events left without one) older than the limit."""
    limit = (now or timezone.now()) - timedelta(days=older_than_days)
    old_events = NotificationEvent.objects.filter(created_at__lt=limit)
    deleted, _ = Notification.objects.filter(event__in=old_events).delete()
    old_events.filter(notifications__isnull=True).delete()
    return deleted
