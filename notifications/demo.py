"""Demo visits and notification states for "Membre".

Loaded last: by then publishing the demo posts and posting the demo comments
has sent notifications through the services. This gives "Membre" two earlier
visits (so the home page shows what is new since the previous one) and marks
their oldest notification read, so the bell shows both states.
"""

from datetime import timedelta

from django.utils import timezone

from notifications.models import MemberVisit, Notification
from notifications.services import notification_mark_read

DEMO_ORDER = 90


def load(ctx) -> None:
    member = ctx.users["membre"]
    now = timezone.now()
    MemberVisit.objects.get_or_create(
        user=member,
        defaults={
            "current_visit_at": now - timedelta(days=2),
            "previous_visit_at": now - timedelta(days=5),
        },
    )
    oldest = Notification.objects.filter(recipient=member).order_by("pk").first()
    if oldest is not None:
        notification_mark_read(notification=oldest)
    ctx.say("Notifications de démonstration : prêtes.")
