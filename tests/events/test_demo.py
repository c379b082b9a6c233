"""load_demo builds a realistic programme, the same on every run."""

from io import StringIO

import pytest
from django.core.management import call_command

from events.models import EventPage, EventRegistration


@pytest.fixture
def demo(settings, db):
    settings.PRODUCTION = False
    call_command("load_demo", stdout=StringIO())


@pytest.mark.django_db
def test_demo_programme_has_series_workshops_seminar_and_a_cancelled_meeting(demo):
    events = {event.slug: event for event in EventPage.objects.live()}

    webinar = events["les-mardis-de-la-demat"]
    assert webinar.event_type.slug == "webinaire"
    assert webinar.recurrence == EventPage.Recurrence.WEEKLY
    assert webinar.exceptions.count() == 1
    assert [e.event_type.slug for e in events.values()].count("atelier") == 2
    seminar = events["seminaire-national-demat-ads"]
    assert seminar.event_type.slug == "seminaire"
    assert seminar.all_day
    cancelled = [event for event in events.values() if event.cancelled]
    assert [event.event_type.slug for event in cancelled] == ["reunion"]
    assert cancelled[0].sequence == 1
    assert EventRegistration.objects.filter(event=webinar).count() == 3


@pytest.mark.django_db
def test_demo_is_idempotent(demo):
    counts = (EventPage.objects.count(), EventRegistration.objects.count())

    call_command("load_demo", stdout=StringIO())

    assert (EventPage.objects.count(), EventRegistration.objects.count()) == counts
    assert EventPage.objects.get(slug="comite-de-pilotage").sequence == 1


@pytest.mark.django_db
def test_demo_calendar_pages_render(demo, client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="membre"))

    for url in ["/calendrier/", "/calendrier/mois/", "/calendrier/archives/", "/"]:
        assert client.get(url).status_code == 200
    for event in EventPage.objects.all():
        assert client.get(event.url).status_code == 200
