"""`event_changed` fires once a published change to a known event has committed."""

import pytest

from events import services
from events.models import EventPage
from events.signals import event_changed
from tests.events.utils import paris


@pytest.fixture
def received():
    calls = []

    def receiver(sender, **kwargs):
        calls.append({"sender": sender, **kwargs})

    event_changed.connect(receiver, dispatch_uid="test-receiver")
    yield calls
    event_changed.disconnect(dispatch_uid="test-receiver")


@pytest.mark.django_db
def test_moving_an_event_notifies_its_participants_on_commit(
    received,
    member,
    make_user,
    make_event,
    publish_change,
    django_capture_on_commit_callbacks,
):
    event = make_event(title="Atelier", start=paris(2030, 3, 3, 14))
    other = make_user(username="autre")
    services.event_register(user=member, event=event)
    services.event_register(user=other, event=event)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish_change(event, start=paris(2030, 3, 4, 14), end=paris(2030, 3, 4, 16))
        assert received == []
    for callback in callbacks:
        callback()

    (call,) = received
    assert call["sender"] is EventPage
    assert call["event"].pk == event.pk
    assert call["event"].sequence == 1
    assert call["cancelled"] is False
    assert {user.username for user in call["participants"]} == {"membre", "autre"}
    assert call["changed_fields"] == ["end", "start"]


@pytest.mark.django_db
def test_cancelling_sends_cancelled(
    received, member, make_event, publish_change, django_capture_on_commit_callbacks
):
    event = make_event(title="Comité")
    services.event_register(user=member, event=event)

    with django_capture_on_commit_callbacks(execute=True):
        publish_change(event, cancelled=True)

    (call,) = received
    assert call["cancelled"] is True
    assert call["changed_fields"] == ["cancelled"]
    assert [user.username for user in call["participants"]] == ["membre"]


@pytest.mark.django_db
def test_first_publication_and_unchanged_republication_send_nothing(
    received, make_event, publish_change, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        event = make_event(title="Atelier")
        publish_change(event)

    assert received == []
    assert EventPage.objects.get(pk=event.pk).sequence == 0


@pytest.mark.django_db
def test_draft_changes_send_nothing_until_published(
    received, make_event, django_capture_on_commit_callbacks
):
    event = make_event(title="Atelier")

    with django_capture_on_commit_callbacks(execute=True):
        draft = event.get_latest_revision_as_object()
        draft.title = "Atelier reporté"
        draft.save_revision()

    assert received == []
    assert EventPage.objects.get(pk=event.pk).sequence == 0
