"""The event page: when, where, online link, documents, participants."""

from datetime import date

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.rich_text import RichText

from events.models import EventPage, EventPageDocument
from tests.events.utils import paris


@pytest.mark.django_db
def test_event_page_shows_paris_time_place_link_and_description(
    member_client, make_event
):
    make_event(
        title="Atelier GNAU",
        event_type="atelier",
        start=paris(2026, 7, 15, 10),
        end=paris(2026, 7, 15, 12, 30),
        location="Salle Vauban\n18 rue de Bonnel, 69003 Lyon",
        online_url="https://visio.example/gnau",
        organiser="Équipe projet",
        description=[("paragraph", RichText("<p>Apportez un ordinateur.</p>"))],
    )

    response = member_client.get("/calendrier/evenement-1/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Atelier GNAU</h1>" in html
    assert "mercredi 15 juillet 2026, 10h00</time> – " in html
    assert "12h30</time>" in html
    assert "Salle Vauban<br>18 rue de Bonnel, 69003 Lyon" in html
    assert 'href="https://visio.example/gnau"' in html
    assert "Rejoindre en ligne" in html
    assert "Équipe projet" in html
    assert "Apportez un ordinateur." in html
    assert ">Atelier</p>" in html
    assert 'href="/calendrier/evenement-1/ics/"' in html
    assert "Ajouter à mon agenda" in html


@pytest.mark.django_db
def test_cancelled_event_page_says_so_and_hides_the_join_link(
    member_client, make_event
):
    make_event(
        title="Comité", cancelled=True, online_url="https://visio.example/comite"
    )

    html = member_client.get("/calendrier/evenement-1/").content.decode()

    assert "Cet événement est annulé." in html
    assert "fr-badge--error" in html
    assert "Rejoindre en ligne" not in html
    assert "Je participe" not in html


@pytest.mark.django_db
def test_series_page_describes_the_repetition_and_next_dates(member_client, make_event):
    make_event(
        title="Les mardis de la démat",
        start=paris(2030, 1, 1, 11),
        end=paris(2030, 1, 1, 11, 30),
        recurrence=EventPage.Recurrence.WEEKLY,
        recurrence_until=date(2030, 3, 26),
        exceptions=[date(2030, 1, 8)],
    )

    html = member_client.get("/calendrier/evenement-1/").content.decode()

    assert (
        "Chaque semaine le mardi, jusqu&#x27;au 26 mars 2030, sauf le 8 janvier 2030"
        in html
    )
    assert "Prochaines dates" in html
    assert "mardi 15 janvier 2030" in html
    assert "mardi 8 janvier 2030" not in html


@pytest.mark.django_db
def test_all_day_event_page_shows_days_only(member_client, make_event):
    make_event(
        title="Séminaire",
        start=paris(2030, 6, 2, 0),
        end=paris(2030, 6, 3, 0),
        all_day=True,
    )

    html = member_client.get("/calendrier/evenement-1/").content.decode()

    assert "Du dimanche 2 juin 2030 au lundi 3 juin 2030" in html
    assert "h00" not in html.split("<main")[1].split("</main>")[0]


@pytest.mark.django_db
def test_attached_documents_are_listed(member_client, make_event):
    document = Document.objects.create(
        title="Programme de l'atelier",
        file=ContentFile(b"%PDF-1.4 programme", name="programme.pdf"),
    )
    event = make_event(title="Atelier")
    draft = event.get_latest_revision_as_object()
    draft.attachments = [EventPageDocument(document=document)]
    draft.save_revision().publish()

    html = member_client.get("/calendrier/evenement-1/").content.decode()

    assert f'href="{document.url}"' in html
    assert "Programme de l&#x27;atelier" in html
    assert "PDF" in html


@pytest.mark.django_db
def test_event_page_renders_in_bounded_queries(
    member_client, make_user, make_event, django_assert_max_num_queries
):
    from events import services

    event = make_event(title="Atelier")
    for n in range(2):
        services.event_register(user=make_user(username=f"p{n}"), event=event)
    # 19: the page's own queries, plus the header's bell, profile menu and
    # unread messages (one each).
    with django_assert_max_num_queries(19) as few:
        member_client.get("/calendrier/evenement-1/")
    for n in range(2, 12):
        services.event_register(user=make_user(username=f"p{n}"), event=event)

    with django_assert_max_num_queries(len(few.captured_queries)):
        html = member_client.get("/calendrier/evenement-1/").content.decode()

    assert "12 participants" in html
