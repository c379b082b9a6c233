"""Group conversations: named, up to 50 members, the creator adds, anyone leaves."""

import pytest

from messaging.models import Conversation, Participant

pytestmark = pytest.mark.django_db


def test_creating_a_group_with_members_typed_as_mentions(
    client_for, alice, bruno, chloe
):
    response = client_for(alice).post(
        "/messages/nouveau-groupe/",
        {"title": "Comité de pilotage", "members": "@bruno @[chloe]"},
    )
    group = Conversation.objects.get()
    assert response.status_code == 302
    assert group.is_group and group.title == "Comité de pilotage"
    assert set(group.participants.values_list("user__username", flat=True)) == {
        "alice",
        "bruno",
        "chloe",
    }


def test_a_group_needs_a_name_and_known_members(client_for, alice):
    response = client_for(alice).post(
        "/messages/nouveau-groupe/", {"title": "", "members": "@personne"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Donnez un nom au groupe." in html
    assert "Aucun membre trouvé" in html
    assert not Conversation.objects.exists()


def test_a_group_has_fifty_members_at_most(client_for, make_user, alice):
    others = [make_user() for _ in range(50)]
    members = " ".join(f"@{user.username}" for user in others)
    response = client_for(alice).post(
        "/messages/nouveau-groupe/", {"title": "Trop grand", "members": members}
    )
    assert response.status_code == 200
    assert "50 membres au plus" in response.content.decode()
    assert not Conversation.objects.exists()


def test_only_the_creator_adds_members(client_for, group, bruno, make_user):
    newcomer = make_user(username="nouveau")
    refused = client_for(bruno).post(
        f"/messages/{group.pk}/membres/", {"members": "@nouveau"}
    )
    assert refused.status_code == 403
    assert not Participant.objects.filter(user=newcomer).exists()

    added = client_for(group.created_by).post(
        f"/messages/{group.pk}/membres/", {"members": "@nouveau"}
    )
    assert added.status_code == 302
    assert Participant.objects.filter(conversation=group, user=newcomer).exists()


def test_leaving_a_group_removes_it_from_my_messages(client_for, group, bruno, send):
    send(group.created_by, group, "Bienvenue à tous")
    client = client_for(bruno)
    assert client.get(f"/messages/{group.pk}/quitter/").status_code == 200

    response = client.post(f"/messages/{group.pk}/quitter/")

    assert response.status_code == 302
    assert f"/messages/{group.pk}/" not in client.get("/messages/").content.decode()
    assert client.get(f"/messages/{group.pk}/").status_code == 404


def test_a_newcomer_sees_the_history_without_it_counting_as_unread(
    client_for, group, make_user, send
):
    from messaging.selectors import unread_total_for_user
    from messaging.services import conversation_add_members

    send(group.created_by, group, "Ordre du jour de la réunion")
    group.refresh_from_db()
    newcomer = make_user(username="nouvelle")
    conversation_add_members(
        actor=group.created_by, conversation=group, members=[newcomer]
    )

    page = client_for(newcomer).get(f"/messages/{group.pk}/")
    assert "Ordre du jour de la réunion" in page.content.decode()
    assert unread_total_for_user(user=newcomer) == 0
