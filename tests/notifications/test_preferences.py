import pytest

from notifications.models import Notification, NotificationPreference
from notifications.services import notification_send
from notifications.verbs import Verb


@pytest.mark.django_db
def test_preferences_page_shows_the_defaults(member_client):
    content = member_client.get("/notifications/preferences/").content.decode()

    assert "Quelqu’un me mentionne" in content
    assert "Par e-mail, immédiatement" in content
    assert "Par e-mail, dans le résumé quotidien" in content
    assert 'name="mention_email" id="id_mention_email" checked' in content
    assert 'name="new_post_email" id="id_new_post_email">' in content


@pytest.mark.django_db
def test_member_saves_preferences_and_they_apply(
    member_client, member, author, target_page
):
    data = {f"{verb}_site": "on" for verb in Verb}
    data.pop("new_event_site")
    data["new_event_email"] = "on"

    response = member_client.post("/notifications/preferences/", data)

    assert response.status_code == 302
    assert (
        NotificationPreference.objects.get(user=member, verb="new_event").on_site
        is False
    )
    assert (
        NotificationPreference.objects.get(user=member, verb="mention").by_email
        is False
    )
    notification_send(
        recipients=[member], actor=author, verb=Verb.NEW_EVENT, target=target_page
    )
    notification = Notification.objects.get(recipient=member)
    assert (notification.on_site, notification.email_due) == (False, True)
    content = member_client.get("/notifications/preferences/").content.decode()
    assert "Vos préférences de notification sont enregistrées." in content


@pytest.mark.django_db
def test_only_verbs_a_service_sends_are_offered(member_client, monkeypatch):
    from notifications import verbs

    monkeypatch.setattr(verbs, "_offered", {Verb.MENTION, Verb.NEW_POST})

    response = member_client.get("/notifications/preferences/")

    content = response.content.decode()
    assert response.status_code == 200
    assert 'name="mention_site"' in content
    assert 'name="new_post_email"' in content
    assert 'name="new_event_site"' not in content


@pytest.mark.django_db
def test_the_installed_services_offer_their_verbs(member_client):
    content = member_client.get("/notifications/preferences/").content.decode()

    for verb in ("mention", "reply", "new_post", "new_event", "new_document"):
        assert f'name="{verb}_site"' in content
