"""The month grid: an accessible table with every occurrence on its days."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from events.models import EventPage
from tests.events.utils import paris


def _cell(html: str, day: date) -> str:
    """The <td> of a day, found by its screen-reader label."""
    label = re.escape(f">{day.day}</span>")
    cells = re.findall(r"<td[^>]*>.*?</td>", html, flags=re.S)
    matches = [
        cell
        for cell in cells
        if re.search(label, cell) and "osmose-month__other" not in cell
    ]
    assert len(matches) == 1
    return matches[0]


@pytest.mark.django_db
def test_grid_is_a_table_with_caption_weekday_headers_and_month_links(
    member_client, calendar_page
):
    response = member_client.get("/calendrier/mois/2026/3/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<caption>Mars 2026</caption>" in html
    assert html.count('<th scope="col">') == 7
    assert '<abbr title="Lundi">Lun</abbr>' in html
    assert 'rel="prev" href="/calendrier/mois/2026/2/"' in html
    assert 'rel="next" href="/calendrier/mois/2026/4/"' in html
    # March 2026 starts on a Sunday: six rows of weeks, Monday first.
    assert html.count("<tr>") == 7


@pytest.mark.django_db
def test_current_month_highlights_today(member_client, calendar_page):
    today = timezone.localdate()

    html = member_client.get("/calendrier/mois/").content.decode()

    assert html.count('aria-current="date"') == 1
    cell = _cell(html, today)
    assert 'aria-current="date"' in cell
    assert "(aujourd'hui)" in cell


@pytest.mark.django_db
def test_multi_day_event_is_drawn_on_each_of_its_days(member_client, make_event):
    make_event(
        title="Séminaire national",
        start=paris(2026, 3, 30, 0),
        end=paris(2026, 4, 1, 0),
        all_day=True,
    )
    make_event(
        title="Nuit de migration",
        start=paris(2026, 3, 10, 20),
        end=paris(2026, 3, 11, 6),
    )

    march = member_client.get("/calendrier/mois/2026/3/").content.decode()
    april = member_client.get("/calendrier/mois/2026/4/").content.decode()

    assert "Séminaire national" in _cell(march, date(2026, 3, 30))
    assert "Séminaire national" in _cell(march, date(2026, 3, 31))
    assert "Séminaire national" in _cell(april, date(2026, 4, 1))
    assert "Séminaire national" not in _cell(april, date(2026, 4, 2))
    assert "20h00" in _cell(march, date(2026, 3, 10))
    assert "Nuit de migration" in _cell(march, date(2026, 3, 11))


@pytest.mark.django_db
def test_recurring_occurrences_are_expanded(member_client, make_event):
    make_event(
        title="Les mardis de la démat",
        start=paris(2026, 3, 3, 11),
        end=paris(2026, 3, 3, 11, 30),
        recurrence=EventPage.Recurrence.WEEKLY,
        recurrence_until=date(2026, 3, 31),
        exceptions=[date(2026, 3, 17)],
    )

    html = member_client.get("/calendrier/mois/2026/3/").content.decode()

    for day in (3, 10, 24, 31):
        assert "11h00" in _cell(html, date(2026, 3, day))
        assert "Les mardis de la démat" in _cell(html, date(2026, 3, day))
    assert "Les mardis de la démat" not in _cell(html, date(2026, 3, 17))


@pytest.mark.django_db
def test_cancelled_event_is_marked_in_the_grid(member_client, make_event):
    make_event(title="Comité", start=paris(2026, 3, 12, 14), cancelled=True)

    cell = _cell(
        member_client.get("/calendrier/mois/2026/3/").content.decode(),
        date(2026, 3, 12),
    )

    assert "osmose-month__cancelled" in cell
    assert "Annulé" in cell


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/calendrier/mois/2026/13/", "/calendrier/mois/99999/1/"]
)
def test_impossible_month_is_a_404(member_client, calendar_page, url):
    assert member_client.get(url).status_code == 404


@pytest.mark.django_db
def test_month_with_200_events_renders_in_a_bounded_number_of_queries(
    member_client,
    calendar_page,
    event_types,
    make_event,
    django_assert_max_num_queries,
):
    make_event(title="Atelier 0", start=paris(2026, 5, 4, 9))
    make_event(
        title="Série",
        start=paris(2026, 5, 5, 9),
        recurrence=EventPage.Recurrence.WEEKLY,
        recurrence_count=8,
        exceptions=[date(2026, 5, 12)],
    )
    with django_assert_max_num_queries(20) as few:
        member_client.get("/calendrier/mois/2026/5/")
    for n in range(1, 199):
        # Live pages straight in the tree: what the grid reads, without the cost
        # of 198 revisions and publications.
        start = paris(2026, 5, 1, 8) + timedelta(hours=3 * n)
        calendar_page.add_child(
            instance=EventPage(
                title=f"Atelier {n}",
                slug=f"atelier-{n}",
                event_type=event_types["atelier"],
                start=start,
                end=start + timedelta(hours=2),
            )
        )

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = member_client.get("/calendrier/mois/2026/5/")

    html = response.content.decode()
    assert EventPage.objects.live().count() == 200
    assert "Atelier 198" in html
    assert html.count("Série</a>") == 3  # 5, 19 and 26 May; the 12th is skipped
