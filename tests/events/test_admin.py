"""Editors manage events in the page tree; dates are typed in Paris time."""

from datetime import UTC, date, datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from events.models import EventIndexPage, EventPage, EventType
from home.models import StandardPage
from tests.events.utils import paris


def _form(event_type, **fields):
    data = {
        "title": "Atelier d'hiver",
        "slug": "atelier-d-hiver",
        "event_type": event_type.pk,
        "start": "2026-01-15 10:00",
        "end": "2026-01-15 12:00",
        "location": "Lyon",
        "online_url": "",
        "organiser": "Équipe projet",
        "description": streamfield([("paragraph", rich_text("<p>Programme</p>"))]),
        "attachments": inline_formset([]),
        "recurrence": "",
        "recurrence_interval": 1,
        "recurrence_until": "",
        "recurrence_count": "",
        "exceptions": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(fields)
    return nested_form_data(data)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "utc"),
    [
        ("2026-01-15 10:00", datetime(2026, 1, 15, 9, tzinfo=UTC)),
        ("2026-07-15 10:00", datetime(2026, 7, 15, 8, tzinfo=UTC)),
    ],
    ids=["winter", "summer"],
)
def test_editor_creates_an_event_typed_in_paris_time(
    client, editor, calendar_page, event_types, typed, utc
):
    client.force_login(editor)
    day = typed.split()[0]

    response = client.post(
        f"/admin/pages/add/events/eventpage/{calendar_page.pk}/",
        _form(event_types["atelier"], start=typed, end=f"{day} 12:00"),
    )

    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="atelier-d-hiver")
    assert event.live
    assert event.start == utc
    assert event.sequence == 0


@pytest.mark.django_db
def test_admin_forms_render_for_an_editor(client, editor, calendar_page, make_event):
    event = make_event(title="Atelier")
    client.force_login(editor)

    add = client.get(f"/admin/pages/add/events/eventpage/{calendar_page.pk}/")
    edit = client.get(f"/admin/pages/{event.pk}/edit/")

    assert add.status_code == edit.status_code == 200
    assert "Date et heure (heure de Paris)" in edit.content.decode()
    assert "Exceptions à la série" in edit.content.decode()


@pytest.mark.django_db
def test_editor_previews_a_new_event(client, editor, calendar_page, event_types):
    client.force_login(editor)
    url = f"/admin/pages/add/events/eventpage/{calendar_page.pk}/preview/"

    checked = client.post(url, _form(event_types["atelier"]))
    preview = client.get(url)

    assert checked.json()["is_valid"]
    assert preview.status_code == 200
    assert "Atelier d&#x27;hiver" in preview.content.decode()
    assert "jeudi 15 janvier 2026, 10h00" in preview.content.decode()


@pytest.mark.django_db
def test_editor_sees_validation_errors_in_french(
    client, editor, calendar_page, event_types
):
    client.force_login(editor)

    response = client.post(
        f"/admin/pages/add/events/eventpage/{calendar_page.pk}/",
        _form(
            event_types["atelier"],
            end="2026-01-15 09:00",
            recurrence="weekly",
        ),
    )

    errors = response.context["form"].errors
    assert errors["end"] == ["La fin doit être postérieure au début."]
    assert errors["recurrence_until"] == [
        "Indiquez soit une date de fin, soit un nombre de séances."
    ]
    assert not EventPage.objects.exists()


@pytest.mark.django_db
def test_editor_edits_an_event_and_its_sequence_rises(
    client, editor, make_event, event_types
):
    event = make_event(title="Atelier d'hiver", event_type="atelier")
    client.force_login(editor)

    response = client.post(
        f"/admin/pages/{event.pk}/edit/",
        _form(event_types["atelier"], slug=event.slug, location="Bordeaux"),
    )

    assert response.status_code == 302
    assert EventPage.objects.get(pk=event.pk).sequence == 1


@pytest.mark.django_db
def test_event_pages_live_only_under_the_calendar(calendar_page, home_page):
    about = StandardPage.objects.get(slug="osmose")

    assert EventPage.can_exist_under(calendar_page)
    assert not EventPage.can_exist_under(home_page)
    assert not EventPage.can_exist_under(about)
    assert EventIndexPage.subpage_types == ["events.EventPage"]
    assert EventPage.subpage_types == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"slug": "mois"}, "slug"),
        (
            {
                "recurrence": "weekly",
                "recurrence_count": 3,
                "recurrence_until": date(2026, 3, 1),
            },
            "recurrence_until",
        ),
        (
            {"recurrence": "weekly", "recurrence_until": date(2025, 1, 1)},
            "recurrence_until",
        ),
        (
            {"recurrence": "weekly", "recurrence_until": date(2032, 1, 1)},
            "recurrence_until",
        ),
    ],
    ids=["reserved-slug", "until-and-count", "until-before-start", "too-long"],
)
def test_invalid_events_are_refused(
    make_event, calendar_page, event_types, fields, field
):
    event = EventPage(
        title="Atelier",
        event_type=event_types["atelier"],
        start=paris(2026, 2, 1, 10),
        end=paris(2026, 2, 1, 12),
        **{"slug": "atelier", **fields},
    )

    with pytest.raises(ValidationError) as error:
        calendar_page.add_child(instance=event)

    assert field in error.value.message_dict


@pytest.mark.django_db
def test_all_day_dates_are_normalised_to_whole_days(make_event):
    event = make_event(
        title="Séminaire",
        start=paris(2026, 6, 2, 15, 30),
        end=paris(2026, 6, 3, 9),
        all_day=True,
    )

    assert event.start == paris(2026, 6, 2, 0)
    assert event.end == paris(2026, 6, 3, 0)
    assert event.occurrences_end == paris(2026, 6, 4, 0)


@pytest.mark.django_db
def test_editor_manages_event_types_as_snippets(client, editor, administrator):
    client.force_login(editor)

    listing = client.get("/admin/snippets/events/eventtype/")
    created = client.post(
        "/admin/snippets/events/eventtype/add/", {"name": "Visite", "slug": "visite"}
    )

    assert listing.status_code == 200
    assert "Webinaire" in listing.content.decode()
    assert created.status_code == 302
    assert EventType.objects.filter(slug="visite").exists()
    assert not editor.has_perm("events.delete_eventtype")
    assert administrator.has_perm("events.delete_eventtype")
