"""The member's feed parses as RFC 5545 and carries every property calendars need."""

from datetime import UTC, date, datetime, timedelta

import pytest
from wagtail.rich_text import RichText

from events.models import EventPage
from tests.events.utils import paris, parse_calendar, vevents


@pytest.fixture
def feed(client, feed_url, member):
    def fetch():
        return parse_calendar(client.get(feed_url(member)))

    return fetch


@pytest.mark.django_db
def test_feed_is_a_calendar_with_name_product_version_and_paris_timezone(
    feed, make_event
):
    make_event(title="Webinaire", start=paris(2026, 1, 15, 10))

    calendar = feed()

    assert calendar["VERSION"] == "2.0"
    assert "OSMOSE" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Calendrier OSMOSE"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert calendar.get_missing_tzids() == set()
    # Refresh hints: RFC 7986 and the older one Outlook reads.
    assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=1)
    assert calendar["X-PUBLISHED-TTL"] == "PT1H"
    assert calendar["METHOD"] == "PUBLISH"


@pytest.mark.django_db
def test_event_carries_every_property(feed, make_event):
    event = make_event(
        title="Atelier : dépôt, pièces; délais",
        start=paris(2026, 2, 10, 9, 30),
        end=paris(2026, 2, 10, 12),
        location="Salle 204, préfecture; 1er étage\n69003 Lyon",
        online_url="https://visio.example/atelier",
        organiser="Équipe projet",
        description=[("paragraph", RichText("<p>Apportez un <b>ordinateur</b>.</p>"))],
    )

    (vevent,) = feed().walk("VEVENT")

    assert vevent["UID"] == f"event-{event.translation_key}@osmose"
    assert vevent["SUMMARY"] == "Atelier : dépôt, pièces; délais"
    assert vevent.start == paris(2026, 2, 10, 9, 30)
    assert vevent.end == paris(2026, 2, 10, 12)
    assert vevent["LOCATION"] == "Salle 204, préfecture; 1er étage\n69003 Lyon"
    assert vevent["URL"] == "http://127.0.0.1:8000/calendrier/evenement-1/"
    assert vevent["SEQUENCE"] == 0
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent["CATEGORIES"].cats == ["Réunion"]
    published = event.last_published_at.replace(microsecond=0)
    assert vevent.stamp == published
    assert vevent.last_modified == published
    description = str(vevent["DESCRIPTION"])
    assert "Apportez un ordinateur." in description
    assert "<" not in description
    assert "Organisation : Équipe projet" in description
    assert "https://visio.example/atelier" in description
    assert "http://127.0.0.1:8000/calendrier/evenement-1/" in description
    assert [str(conference.uri) for conference in vevent.conferences] == [
        "https://visio.example/atelier"
    ]


@pytest.mark.django_db
def test_text_is_escaped_folded_at_75_octets_with_crlf(
    client, feed_url, member, make_event
):
    make_event(
        title="Séminaire national, dématérialisation; " + "très long titre " * 8,
        location="Centre de congrès, quai; Lyon\nSalle A",
    )

    body = client.get(feed_url(member)).content

    lines = body.split(b"\r\n")
    assert body.endswith(b"\r\n")
    assert b"\n" not in body.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    unfolded = body.replace(b"\r\n ", b"")
    assert "SUMMARY:Séminaire national\\, dématérialisation\\; ".encode() in unfolded
    assert "LOCATION:Centre de congrès\\, quai\\; Lyon\\nSalle A".encode() in unfolded


@pytest.mark.django_db
def test_edited_event_keeps_its_uid_and_gets_a_higher_sequence(
    feed, make_event, publish_change
):
    event = make_event(title="Comité", start=paris(2026, 3, 3, 14))
    before = vevents(feed())["Comité"]

    publish_change(
        event,
        title="Comité de suivi",
        start=paris(2026, 3, 4, 14),
        end=paris(2026, 3, 4, 16),
    )
    after = vevents(feed())["Comité de suivi"]

    assert after["UID"] == before["UID"]
    assert before["SEQUENCE"] == 0
    assert after["SEQUENCE"] == 1
    assert after.start == paris(2026, 3, 4, 14)
    assert after.last_modified >= before.last_modified


@pytest.mark.django_db
def test_sequence_never_goes_down_when_an_older_revision_is_published_again(
    feed, make_event, publish_change
):
    event = make_event(title="Atelier")
    first_revision = event.live_revision
    publish_change(event, location="Salle A")
    publish_change(event, location="Salle B")

    first_revision.publish()

    assert EventPage.objects.get(pk=event.pk).location == ""
    assert vevents(feed())["Atelier"]["SEQUENCE"] == 3


@pytest.mark.django_db
def test_republishing_without_change_keeps_the_sequence(
    feed, make_event, publish_change
):
    event = make_event(title="Atelier")

    publish_change(event)

    assert vevents(feed())["Atelier"]["SEQUENCE"] == 0


@pytest.mark.django_db
def test_cancelled_event_stays_in_the_feed_marked_cancelled(
    feed, make_event, publish_change
):
    event = make_event(title="Comité de pilotage")

    publish_change(event, cancelled=True)

    (vevent,) = feed().walk("VEVENT")
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["SUMMARY"] == "[Annulé] Comité de pilotage"
    assert vevent["SEQUENCE"] == 1
    assert str(vevent["DESCRIPTION"]).startswith("Cet événement est annulé.")


@pytest.mark.django_db
def test_all_day_event_uses_date_values(client, feed_url, member, feed, make_event):
    make_event(
        title="Séminaire",
        start=paris(2026, 6, 2, 0),
        end=paris(2026, 6, 3, 0),
        all_day=True,
    )

    vevent = vevents(feed())["Séminaire"]
    body = client.get(feed_url(member)).content

    assert vevent.start == date(2026, 6, 2)
    # DTEND is exclusive: a two-day seminar ends the morning of the third day.
    assert vevent.end == date(2026, 6, 4)
    assert b"DTSTART;VALUE=DATE:20260602" in body
    assert b"DTEND;VALUE=DATE:20260604" in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [(datetime(2026, 1, 15), 9), (datetime(2026, 7, 15), 8)],
    ids=["winter", "summer"],
)
def test_ten_o_clock_in_paris_is_the_right_utc_instant(
    client, feed_url, member, feed, make_event, day, utc_hour
):
    make_event(title="Réunion", start=paris(day.year, day.month, day.day, 10))

    vevent = vevents(feed())["Réunion"]
    body = client.get(feed_url(member)).content

    stamp = day.strftime("%Y%m%d")
    assert f"DTSTART;TZID=Europe/Paris:{stamp}T100000".encode() in body
    assert vevent.start.astimezone(UTC) == datetime(
        day.year, day.month, day.day, utc_hour, tzinfo=UTC
    )


@pytest.mark.django_db
def test_weekly_series_has_an_rrule_and_its_exceptions(
    client, feed_url, member, feed, make_event
):
    make_event(
        title="Les mardis de la démat'",
        start=paris(2026, 1, 6, 11),
        end=paris(2026, 1, 6, 11, 30),
        recurrence=EventPage.Recurrence.WEEKLY,
        recurrence_count=10,
        exceptions=[date(2026, 2, 17)],
    )

    vevent = vevents(feed())["Les mardis de la démat'"]
    body = client.get(feed_url(member)).content.replace(b"\r\n ", b"")

    assert vevent["RRULE"]["FREQ"] == ["WEEKLY"]
    assert vevent["RRULE"]["COUNT"] == [10]
    assert [exdate.dt for exdate in vevent["EXDATE"].dts] == [paris(2026, 2, 17, 11)]
    assert b"RRULE:FREQ=WEEKLY;COUNT=10" in body
    assert b"EXDATE;TZID=Europe/Paris:20260217T110000" in body


@pytest.mark.django_db
def test_series_until_a_date_has_a_utc_until(feed, make_event):
    make_event(
        title="Référents",
        start=paris(2026, 1, 8, 10),
        recurrence=EventPage.Recurrence.MONTHLY_BY_WEEKDAY,
        recurrence_until=date(2026, 6, 30),
    )

    rule = vevents(feed())["Référents"]["RRULE"]

    assert rule["FREQ"] == ["MONTHLY"]
    assert rule["BYDAY"] == ["2TH"]
    assert rule["UNTIL"] == [datetime(2026, 6, 30, 21, 59, 59, tzinfo=UTC)]


@pytest.mark.django_db
def test_feed_keeps_a_year_of_history_and_drops_older_events(feed, make_event):
    make_event(title="Récent", start=paris(2026, 1, 1, 10) - timedelta(days=0))
    today = datetime.now(UTC)
    make_event(title="Il y a deux ans", start=paris(today.year - 2, 1, 5, 10))

    titles = set(vevents(feed()))

    assert "Récent" in titles or today.year > 2026
    assert "Il y a deux ans" not in titles
