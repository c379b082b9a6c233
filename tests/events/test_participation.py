"""'Je participe': a plain POST that works without JavaScript."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventRegistration
from tests.events.utils import paris


@pytest.mark.django_db
def test_member_registers_and_sees_it_on_the_page(member_client, member, make_event):
    make_event(title="Atelier")

    response = member_client.post(
        "/calendrier/evenement-1/participation/", {"action": "register"}
    )
    html = member_client.get("/calendrier/evenement-1/").content.decode()

    assert response.status_code == 302
    assert response["Location"] == "/calendrier/evenement-1/#participants"
    assert EventRegistration.objects.filter(user=member).count() == 1
    assert "Vous êtes inscrit à cet événement." in html
    assert "1 participant" in html
    assert "<li>Hélène Nom1</li>" in html
    assert "Je ne participe plus" in html


@pytest.mark.django_db
def test_registering_twice_keeps_one_registration(member_client, member, make_event):
    make_event(title="Atelier")

    for _ in range(2):
        member_client.post(
            "/calendrier/evenement-1/participation/", {"action": "register"}
        )

    assert EventRegistration.objects.filter(user=member).count() == 1


@pytest.mark.django_db
def test_member_unregisters(member_client, member, make_event):
    make_event(title="Atelier")
    member_client.post("/calendrier/evenement-1/participation/", {"action": "register"})

    member_client.post(
        "/calendrier/evenement-1/participation/", {"action": "unregister"}
    )
    html = member_client.get("/calendrier/evenement-1/").content.decode()

    assert not EventRegistration.objects.filter(user=member).exists()
    assert "0 participant" in html
    assert "Je participe" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"cancelled": True}, "Cet événement est annulé."),
        ({"start": paris(2020, 1, 1, 10)}, "Cet événement est terminé."),
    ],
    ids=["cancelled", "over"],
)
def test_cancelled_or_past_event_refuses_registrations(
    member_client, member, make_event, fields, message
):
    make_event(title="Atelier", **fields)

    response = member_client.post(
        "/calendrier/evenement-1/participation/", {"action": "register"}, follow=True
    )

    assert not EventRegistration.objects.filter(user=member).exists()
    assert message in response.content.decode()


@pytest.mark.django_db
def test_ongoing_series_accepts_registrations(member_client, member, make_event):
    start = timezone.localtime() - timedelta(days=8)
    make_event(title="Webinaire", start=start, recurrence="weekly", recurrence_count=5)

    member_client.post("/calendrier/evenement-1/participation/", {"action": "register"})

    assert EventRegistration.objects.filter(user=member).exists()


@pytest.mark.django_db
def test_participation_needs_a_post_and_a_csrf_token(client, member, make_event):
    make_event(title="Atelier")
    client.handler.enforce_csrf_checks = True
    client.force_login(member)

    get = client.get("/calendrier/evenement-1/participation/")
    post = client.post("/calendrier/evenement-1/participation/", {"action": "register"})

    assert get.status_code == 405
    assert post.status_code == 403
    assert not EventRegistration.objects.exists()


@pytest.mark.django_db
def test_participant_names_are_escaped(member_client, make_user, make_event):
    from events import services

    event = make_event(title="Atelier")
    services.event_register(
        user=make_user(first_name="<script>alert(1)</script>", last_name="X"),
        event=event,
    )

    html = member_client.get("/calendrier/evenement-1/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; X" in html
