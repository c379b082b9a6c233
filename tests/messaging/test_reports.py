"""Signaler: moderators see the reported message alone, never the conversation."""

import pytest

from messaging.models import Message, MessageReport

pytestmark = pytest.mark.django_db


def test_a_member_reports_a_message_and_moderators_see_it_alone(
    client_for, pair, alice, bruno, administrator, send
):
    send(alice, pair, "Un message anodin")
    reported = send(bruno, pair, "Un message déplacé")
    response = client_for(alice).post(
        f"/messages/message/{reported.pk}/signaler/", {"reason": "Propos injurieux"}
    )
    assert response.status_code == 302
    report = MessageReport.objects.get()
    assert report.reporter == alice and report.reason == "Propos injurieux"

    admin = client_for(administrator)
    listing = admin.get("/admin/messaging/messagereport/")
    assert listing.status_code == 200
    assert "Un message déplacé" in listing.content.decode()
    assert "Un message anodin" not in listing.content.decode()
    inspect = admin.get(f"/admin/messaging/messagereport/inspect/{report.pk}/")
    assert inspect.status_code == 200
    assert "Un message déplacé" in inspect.content.decode()
    assert "Un message anodin" not in inspect.content.decode()
    # The conversation itself stays closed to the moderator.
    assert admin.get(f"/messages/{pair.pk}/").status_code == 404

    hide = admin.post(f"/admin/messages-signales/{report.pk}/hide/")
    assert hide.status_code == 302
    assert Message.objects.get(pk=reported.pk).hidden_at is not None
    page = client_for(alice).get(f"/messages/{pair.pk}/").content.decode()
    assert "Un message déplacé" not in page


def test_a_member_cannot_report_their_own_message_nor_see_reports(
    client_for, pair, alice, send
):
    mine = send(alice, pair, "Le mien")
    client = client_for(alice)
    response = client.post(f"/messages/message/{mine.pk}/signaler/", {"reason": "x"})
    assert response.status_code == 200
    assert "propre message" in response.content.decode()
    assert not MessageReport.objects.exists()
    assert client.get("/admin/messaging/messagereport/").status_code in (302, 403)
