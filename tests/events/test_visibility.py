"""Lists, grid, home section and feed show only what the member may see."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home import roles
from tests.events.utils import paris, parse_calendar, vevents


def _restrict(page, kind, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=password
    )
    restriction.groups.set(groups)
    return restriction


@pytest.fixture
def board(db):
    return Group.objects.create(name="Comité de pilotage")


@pytest.fixture
def events(make_event, board):
    make_event(title="Atelier ouvert", start=paris(2030, 3, 5, 10))
    make_event(title="Brouillon", start=paris(2030, 3, 6, 10), publish=False)
    _restrict(
        make_event(title="Réservé au comité", start=paris(2030, 3, 7, 10)),
        PageViewRestriction.GROUPS,
        groups=[board],
    )
    _restrict(
        make_event(title="Réservé aux connectés", start=paris(2030, 3, 9, 10)),
        PageViewRestriction.LOGIN,
    )
    _restrict(
        make_event(title="Protégé par mot de passe", start=paris(2030, 3, 10, 10)),
        PageViewRestriction.PASSWORD,
        password="secret-du-comite",
    )


VISIBLE_TO_ALL = {"Atelier ouvert", "Réservé aux connectés"}
HIDDEN_FROM_ALL = {"Brouillon", "Protégé par mot de passe"}


def _pages(client):
    return " ".join(
        client.get(url).content.decode()
        for url in ["/calendrier/", "/calendrier/mois/2030/3/", "/"]
    )


@pytest.mark.django_db
def test_member_outside_the_group_sees_neither_private_nor_draft_events(
    client, member, events, feed_url
):
    client.force_login(member)

    pages = _pages(client)
    feed = set(vevents(parse_calendar(client.get(feed_url(member)))))

    assert feed == VISIBLE_TO_ALL
    for title in VISIBLE_TO_ALL:
        assert title in pages
    for title in {"Réservé au comité", *HIDDEN_FROM_ALL}:
        assert title not in pages


@pytest.mark.django_db
def test_member_of_the_group_sees_its_private_events(
    client, make_user, board, events, feed_url
):
    insider = make_user(roles.MEMBER, username="copil")
    insider.groups.add(board)
    client.force_login(insider)

    pages = _pages(client)
    feed = set(vevents(parse_calendar(client.get(feed_url(insider)))))

    assert feed == {*VISIBLE_TO_ALL, "Réservé au comité"}
    assert "Réservé au comité" in pages
    for title in HIDDEN_FROM_ALL:
        assert title not in pages


@pytest.mark.django_db
def test_private_event_page_and_its_ics_stay_closed_to_other_members(
    member_client, events
):
    page = member_client.get("/calendrier/evenement-3/")
    ics = member_client.get("/calendrier/evenement-3/ics/")

    assert page.status_code != 200
    assert ics.status_code != 200
    assert b"VEVENT" not in ics.content


@pytest.mark.django_db
def test_past_events_archive_hides_private_events(client, member, make_event, board):
    _restrict(
        make_event(title="Comité passé", start=paris(2020, 3, 7, 10)),
        PageViewRestriction.GROUPS,
        groups=[board],
    )
    make_event(title="Atelier passé", start=paris(2020, 3, 8, 10))
    client.force_login(member)

    archive = client.get("/calendrier/archives/").content.decode()

    assert "Atelier passé" in archive
    assert "Comité passé" not in archive
