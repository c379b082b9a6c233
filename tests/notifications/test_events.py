"""A new event notifies the members who may see it, once."""

import pytest

from notifications.models import Notification


@pytest.mark.django_db
def test_publishing_an_event_puts_it_in_every_members_bell(
    member_client, member, make_event
):
    event = make_event(title="Webinaire : instruire en ligne")

    notification = Notification.objects.get(recipient=member)
    assert notification.event.verb == "new_event"
    assert notification.event.target_url == event.url
    bell = member_client.get("/membres/").content.decode()
    assert "Nouvel événement : « Webinaire : instruire en ligne »" in bell


@pytest.mark.django_db
def test_editing_an_event_notifies_nobody_again(member, make_event):
    event = make_event()

    event.save_revision().publish()

    assert Notification.objects.filter(recipient=member).count() == 1


@pytest.mark.django_db
def test_an_event_already_over_notifies_nobody(member, make_event):
    from datetime import timedelta

    from django.utils import timezone

    make_event(start=timezone.now() - timedelta(days=3))

    assert not Notification.objects.filter(recipient=member).exists()
