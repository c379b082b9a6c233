"""Reads on notifications, preferences and visits."""

from django.db.models import Count, IntegerField, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from wagtail.models import Page

from home.visibility import pages_visible_to
from notifications.models import MemberVisit, Notification, NotificationPreference
from notifications.since_last_visit import since_last_visit_counts
from notifications.verbs import DEFAULT_PREFERENCES, Verb

SINCE_LAST_VISIT_LIMIT = 6

# The bell in the layout is cached per member under this name (home.member_cache).
BELL_CACHE = "bell"


def notification_list_for_user(*, user) -> QuerySet:
    """A member's on-site notifications, newest first, with what a list shows."""
    return (
        Notification.objects.filter(recipient=user, on_site=True)
        .select_related("event", "event__actor", "event__actor__profile")
        .order_by("-id")
    )


def notification_get_for_user(*, user, notification_id: int) -> Notification:
    """One of the member's own notifications, or Http404."""
    return get_object_or_404(
        Notification.objects.select_related("event"),
        pk=notification_id,
        recipient=user,
        on_site=True,
    )


def notification_bell_for_user(*, user, limit: int = 5) -> tuple[int, list]:
    """(unread count, latest notifications) for the header bell, in one query.

    Each row carries the member's unread count as an uncorrelated subquery, which
    the database computes once; no row at all means nothing to count either.
    """
    unread = (
        Notification.objects.filter(recipient=user, on_site=True, read_at=None)
        .order_by()
        .values("recipient")
        .annotate(total=Count("pk"))
        .values("total")
    )
    latest = list(
        Notification.objects.filter(recipient=user, on_site=True)
        .select_related("event", "event__actor")
        .annotate(
            unread_total=Coalesce(Subquery(unread, output_field=IntegerField()), 0)
        )
        .order_by("-id")[:limit]
    )
    return (latest[0].unread_total if latest else 0), latest


def preferences_for_user(*, user) -> dict[str, tuple[bool, bool]]:
    """(on site, by e-mail) for every verb, defaults filled in."""
    stored = {
        verb: (on_site, by_email)
        for verb, on_site, by_email in NotificationPreference.objects.filter(
            user=user
        ).values_list("verb", "on_site", "by_email")
    }
    return {verb: stored.get(verb, DEFAULT_PREFERENCES[verb]) for verb in Verb}


def previous_visit_at(*, user):
    """When the member's previous visit began (None on their first visit)."""
    return (
        MemberVisit.objects.filter(user=user)
        .values_list("previous_visit_at", flat=True)
        .first()
    )


def since_last_visit_section(*, user, home) -> dict | None:
    """Home section: notifications and pages published since the previous visit."""
    if not user.is_authenticated:
        return None
    since = previous_visit_at(user=user)
    if since is None:
        return None
    notifications = list(
        notification_list_for_user(user=user).filter(event__created_at__gt=since)[
            :SINCE_LAST_VISIT_LIMIT
        ]
    )
    pages = list(
        pages_visible_to(user, Page.objects.filter(first_published_at__gt=since))
        .filter(depth__gt=3)
        .select_related("content_type")
        .order_by("-first_published_at")[:SINCE_LAST_VISIT_LIMIT]
    )
    return {
        "since": since,
        "notifications": notifications,
        "pages": pages,
        "counts": since_last_visit_counts(user=user, since=since),
    }
