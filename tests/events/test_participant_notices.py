"""Participants hear of a change or a cancellation; other members do not."""

import pytest
from django.core import mail

from events import services
from notifications.models import Notification
from tests.events.utils import paris


@pytest.mark.django_db
def test_moved_event_notifies_each_participant_once(
    member, make_user, make_event, publish_change, django_capture_on_commit_callbacks
):
    event = make_event(title="Atelier instructeurs", start=paris(2030, 3, 3, 14))
    bystander = make_user(username="curieux")
    services.event_register(user=member, event=event)
    Notification.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        publish_change(event, start=paris(2030, 3, 4, 14), end=paris(2030, 3, 4, 16))

    notices = Notification.objects.filter(event__verb="event_changed")
    assert [notice.recipient for notice in notices] == [member]
    assert not Notification.objects.filter(recipient=bystander).exists()
    assert notices.get().event.target_title == "Atelier instructeurs"


@pytest.mark.django_db
def test_cancellation_reaches_participants_at_once_by_email(
    member, make_event, publish_change, django_capture_on_commit_callbacks
):
    event = make_event(title="Comité de pilotage")
    services.event_register(user=member, event=event)
    Notification.objects.all().delete()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        publish_change(event, cancelled=True)

    notice = Notification.objects.get(event__verb="event_cancelled")
    assert notice.recipient == member
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "Comité de pilotage" in mail.outbox[0].subject


@pytest.mark.django_db
def test_event_without_participants_notifies_nobody(
    make_event, publish_change, django_capture_on_commit_callbacks
):
    event = make_event(title="Webinaire")
    Notification.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        publish_change(event, cancelled=True)

    assert not Notification.objects.filter(
        event__verb__in=["event_changed", "event_cancelled"]
    ).exists()
