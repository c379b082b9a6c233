from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventException, EventIndexPage, EventPage, EventType
from events.recurrence import local_tz


@pytest.fixture
def calendar_page(site_tree) -> EventIndexPage:
    return EventIndexPage.objects.get()


@pytest.fixture
def event_types(db) -> dict[str, EventType]:
    return {event_type.slug: event_type for event_type in EventType.objects.all()}


@pytest.fixture
def make_event(calendar_page, event_types):
    """Create and publish an event under the calendar page, as an editor would."""
    counter = {"n": 0}

    def make(*, publish=True, exceptions=(), event_type="reunion", **fields):
        counter["n"] += 1
        start = fields.pop(
            "start",
            timezone.localtime(timezone.now(), local_tz()).replace(
                hour=10, minute=0, second=0, microsecond=0
            )
            + timedelta(days=7),
        )
        fields.setdefault("title", f"Réunion {counter['n']}")
        fields.setdefault("slug", f"evenement-{counter['n']}")
        fields.setdefault("end", start + timedelta(hours=2))
        event = EventPage(
            live=publish,
            start=start,
            event_type=event_types[event_type],
            exceptions=[EventException(date=day) for day in exceptions],
            **fields,
        )
        calendar_page.add_child(instance=event)
        revision = event.save_revision()
        if publish:
            revision.publish()
        return EventPage.objects.get(pk=event.pk)

    return make


@pytest.fixture
def publish_change():
    """Edit the latest revision of an event and publish it, as the admin does."""

    def change(event: EventPage, **fields) -> EventPage:
        draft = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
        for name, value in fields.items():
            setattr(draft, name, value)
        draft.save_revision().publish()
        return EventPage.objects.get(pk=event.pk)

    return change


@pytest.fixture
def feed_url(client):
    """The member's own feed address, as the calendar page shows it."""

    def url_for(user) -> str:
        from events import selectors, services

        subscription = services.subscription_ensure(user=user)
        token = selectors.subscription_token(subscription=subscription)
        return f"/calendrier/ical/{token}.ics"

    return url_for
