"""Tell an event's participants when it changes or is cancelled."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext

from home.visibility import page_viewers
from notifications.services import notification_send
from notifications.verbs import Verb


def participants_notify(sender, *, event, cancelled, participants, **kwargs):
    """Receiver of `events.signals.event_changed`: one notice per participant."""
    if not participants:
        return
    if cancelled:
        verb, excerpt = Verb.EVENT_CANCELLED, gettext("This event is cancelled.")
    else:
        verb = Verb.EVENT_CHANGED
        excerpt = gettext("Check the new details of this event.")
    notification_send(
        recipients=get_user_model().objects.filter(
            pk__in=[user.pk for user in participants]
        ),
        actor=None,
        verb=verb,
        target=event,
        url=event.url or "",
        title=event.title,
        excerpt=excerpt,
        visible_to=page_viewers(event),
    )
