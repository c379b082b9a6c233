"""'Ajouter à mon agenda': one event as a .ics file."""

import pytest

from tests.events.utils import paris, parse_calendar, vevents


@pytest.mark.django_db
def test_event_ics_is_a_download_with_the_same_uid_as_the_feed(
    client, member_client, member, feed_url, make_event
):
    event = make_event(
        title="Atelier", start=paris(2030, 1, 15, 10), location="Lyon, salle 2"
    )

    response = member_client.get("/calendrier/evenement-1/ics/")
    calendar = parse_calendar(response)
    (vevent,) = calendar.walk("VEVENT")
    in_feed = vevents(parse_calendar(client.get(feed_url(member))))["Atelier"]

    assert response["Content-Disposition"] == 'attachment; filename="evenement-1.ics"'
    assert calendar["METHOD"] == "PUBLISH"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert vevent["UID"] == in_feed["UID"] == f"event-{event.translation_key}@osmose"
    assert vevent.start == paris(2030, 1, 15, 10)
    assert vevent["LOCATION"] == "Lyon, salle 2"
    assert vevent["SEQUENCE"] == 0
    assert vevent["URL"] == "http://127.0.0.1:8000/calendrier/evenement-1/"


@pytest.mark.django_db
def test_event_ics_of_a_cancelled_series(member_client, make_event, publish_change):
    event = make_event(
        title="Webinaire",
        start=paris(2030, 1, 15, 10),
        recurrence="weekly",
        recurrence_count=6,
    )
    publish_change(event, cancelled=True)

    (vevent,) = parse_calendar(member_client.get("/calendrier/evenement-1/ics/")).walk(
        "VEVENT"
    )

    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["SEQUENCE"] == 1
    assert vevent["RRULE"]["COUNT"] == [6]


@pytest.mark.django_db
def test_event_ics_needs_a_login(client, make_event):
    make_event(title="Atelier")

    response = client.get("/calendrier/evenement-1/ics/")

    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/")
