"""The home page lists the next events."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.helpers import main_content


def _soon(days):
    return timezone.localtime().replace(hour=10, minute=0) + timedelta(days=days)


@pytest.mark.django_db
def test_home_shows_the_next_five_events(member_client, make_event):
    for n in range(7):
        make_event(title=f"Atelier n°{n}", start=_soon(n + 1))
    make_event(title="Réunion passée", start=_soon(-2))

    html = main_content(member_client.get("/").content.decode())

    assert "Prochains événements" in html
    for n in range(5):
        assert f"Atelier n°{n}" in html
    assert "Atelier n°5" not in html
    assert "Réunion passée" not in html
    assert 'href="/calendrier/">Tout le calendrier</a>' in html


@pytest.mark.django_db
def test_home_section_queries_do_not_grow(
    member_client, make_event, django_assert_max_num_queries
):
    make_event(title="Premier", start=_soon(1))
    make_event(title="Second", start=_soon(2))
    # 29: every service's home section, the header's bell, messages and profile menu.
    with django_assert_max_num_queries(29) as few:
        member_client.get("/")
    for n in range(10):
        make_event(title=f"Atelier n°{n}", start=_soon(n + 3))

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = member_client.get("/")

    assert response.status_code == 200
    assert "Atelier n°2" in response.content.decode()


@pytest.mark.django_db
def test_home_says_when_nothing_is_planned(member_client, calendar_page):
    html = member_client.get("/").content.decode()

    assert "Aucun événement à venir." in html
