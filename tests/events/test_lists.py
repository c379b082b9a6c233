"""Upcoming list (occurrences, type filter, pagination) and past-events archive."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventPage
from tests.events.utils import paris
from tests.helpers import main_content


def _soon(days: int, hour: int = 10):
    now = timezone.localtime(timezone.now())
    return now.replace(hour=hour, minute=0, second=0, microsecond=0) + timedelta(
        days=days
    )


@pytest.mark.django_db
def test_upcoming_list_shows_future_occurrences_soonest_first(
    member_client, make_event
):
    make_event(title="Atelier tardif", start=_soon(20))
    make_event(title="Réunion proche", start=_soon(2))
    make_event(title="Réunion passée", start=_soon(-3))
    make_event(
        title="Webinaire hebdomadaire",
        start=_soon(-6, hour=11),
        recurrence=EventPage.Recurrence.WEEKLY,
        recurrence_count=4,
    )

    html = member_client.get("/calendrier/").content.decode()

    assert "Réunion passée" not in html
    assert html.index("Réunion proche") < html.index("Atelier tardif")
    # The series started six days ago: its three next dates are listed.
    assert html.count("Webinaire hebdomadaire</a>") == 3


@pytest.mark.django_db
def test_upcoming_list_filters_by_type(member_client, make_event):
    make_event(title="Atelier pratique", event_type="atelier", start=_soon(3))
    make_event(title="Comité", event_type="reunion", start=_soon(4))

    html = member_client.get("/calendrier/?type=atelier").content.decode()

    assert "Atelier pratique" in html
    assert "Comité</a>" not in html
    assert '<option value="atelier" selected>Atelier</option>' in html
    assert '<label class="fr-label" for="id_type">Type d&#x27;événement</label>' in html


@pytest.mark.django_db
def test_unknown_type_shows_every_event(member_client, make_event):
    make_event(title="Atelier pratique", event_type="atelier", start=_soon(3))

    html = member_client.get("/calendrier/?type=inconnu").content.decode()

    assert "Atelier pratique" in html


@pytest.mark.django_db
def test_upcoming_list_is_paginated_in_constant_queries(
    member_client, make_event, django_assert_max_num_queries
):
    make_event(title="Événement 00", start=_soon(1))
    make_event(title="Événement 01", start=_soon(2))
    member_client.get("/calendrier/")  # creates the member's feed address
    # 21 with the header (bell, profile menu, unread messages).
    with django_assert_max_num_queries(21) as few:
        member_client.get("/calendrier/")
    budget = len(few.captured_queries)  # read now: each request resets the log
    for n in range(2, 25):
        make_event(title=f"Événement {n:02}", start=_soon(n + 1))
    # The new events' notices refresh the header's cached bell once.
    member_client.get("/calendrier/")

    with django_assert_max_num_queries(budget):
        first = main_content(member_client.get("/calendrier/").content.decode())
    second = main_content(member_client.get("/calendrier/?page=2").content.decode())

    assert "Événement 19" in first
    assert "Événement 20" not in first
    assert "Événement 24" in second
    assert "fr-pagination" in first


@pytest.mark.django_db
def test_calendar_page_shows_the_subscription_address_and_instructions(
    member_client, member, feed_url, calendar_page
):
    html = member_client.get("/calendrier/").content.decode()

    url = feed_url(member)
    assert f'value="http://testserver{url}"' in html
    assert f'href="webcal://testserver{url}"' in html
    for client_name in (
        "Outlook",
        "Thunderbird",
        "Google Agenda",
        "Calendrier d'Apple",
    ):
        assert client_name in html.replace("&#x27;", "'")
    assert "« S'abonner à partir du web »" in html
    # DSFR accordions, not the browser's bare disclosure triangles.
    assert "<summary>Outlook</summary>" not in html
    assert html.count('class="fr-accordion__btn" aria-expanded="false"') == 4


@pytest.mark.django_db
def test_archive_lists_past_events_latest_first_in_constant_queries(
    member_client, make_event, django_assert_max_num_queries
):
    make_event(title="Lancement", start=paris(2025, 1, 10, 14))
    make_event(title="Futur", start=_soon(5))
    with django_assert_max_num_queries(20) as few:
        member_client.get("/calendrier/archives/")
    make_event(
        title="Série terminée",
        start=paris(2025, 3, 4, 11),
        recurrence=EventPage.Recurrence.WEEKLY,
        recurrence_count=3,
    )
    for n in range(22):
        make_event(title=f"Atelier passé {n:02}", start=paris(2025, 2, 1 + n, 9))

    with django_assert_max_num_queries(len(few.captured_queries)):
        html = main_content(member_client.get("/calendrier/archives/").content.decode())
    second = main_content(
        member_client.get("/calendrier/archives/?page=2").content.decode()
    )

    assert "Futur" not in html
    assert html.index("Série terminée") < html.index("Atelier passé 21")
    assert "Chaque semaine le mardi, 3 séances" in html
    assert "Lancement" in second


@pytest.mark.django_db
def test_archive_lists_the_past_sessions_of_a_running_series(member_client, make_event):
    make_event(
        title="Les mardis de la démat'",
        # Whatever the hour the test runs, today holds no session.
        start=_soon(-20, hour=11),
        recurrence=EventPage.Recurrence.WEEKLY,
        recurrence_count=6,
    )

    html = main_content(member_client.get("/calendrier/archives/").content.decode())

    # Twenty, thirteen and six days ago; the next ones are upcoming.
    assert html.count("Les mardis de la démat&#x27;") == 3
    assert "Chaque semaine" in html
