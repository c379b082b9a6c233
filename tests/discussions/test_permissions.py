"""Who may do what: anonymous, Membre, Éditeur, Administrateur × each action.

Every refused action leaves every row as it was."""

import pytest

from discussions.models import Follow, Message, ReadPosition, Report, Thread
from home import roles

ROLES = ["anonymous", roles.MEMBER, roles.EDITOR, roles.ADMINISTRATOR]


def _snapshot():
    return [
        list(Thread.objects.order_by("pk").values()),
        list(Message.objects.order_by("pk").values()),
        list(Report.objects.order_by("pk").values()),
        list(Follow.objects.order_by("pk").values()),
        list(
            ReadPosition.objects.order_by("pk").values(
                "user_id", "thread_id", "last_read_message_id"
            )
        ),
    ]


def _actions(thread, own, others):
    return {
        "create thread": (
            "/echanges/nouveau/",
            {"theme": thread.theme_id, "title": "Nouveau fil", "text": "Ouverture"},
        ),
        "reply": (f"/echanges/fil/{thread.slug}/repondre/", {"text": "Ma réponse"}),
        "edit own": (f"/echanges/message/{own.pk}/modifier/", {"text": "Corrigé"}),
        "edit another's": (
            f"/echanges/message/{others.pk}/modifier/",
            {"text": "Pas à moi"},
        ),
        "delete own": (f"/echanges/message/{own.pk}/supprimer/", {}),
        "hide": (f"/echanges/message/{others.pk}/masquer/", {"reason": "Hors sujet"}),
        "lock": (f"/echanges/fil/{thread.slug}/gerer/", {"action": "lock"}),
        "pin": (f"/echanges/fil/{thread.slug}/gerer/", {"action": "pin"}),
        "report": (f"/echanges/message/{others.pk}/signaler/", {"reason": "Spam"}),
    }


# (action) -> roles allowed
ALLOWED = {
    "create thread": {roles.ADMINISTRATOR},
    "reply": {roles.MEMBER, roles.EDITOR, roles.ADMINISTRATOR},
    "edit own": {roles.MEMBER, roles.EDITOR, roles.ADMINISTRATOR},
    "edit another's": set(),
    "delete own": {roles.MEMBER, roles.EDITOR, roles.ADMINISTRATOR},
    "hide": {roles.ADMINISTRATOR},
    "lock": {roles.ADMINISTRATOR},
    "pin": {roles.ADMINISTRATOR},
    "report": {roles.MEMBER, roles.EDITOR, roles.ADMINISTRATOR},
}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ALLOWED))
def test_permission_matrix(client, make_user, thread, post_message, role, action):
    someone = make_user(roles.MEMBER, username="quelquun")
    others = post_message(author=someone, thread=thread, text="Message d'un autre")
    if role == "anonymous":
        own = others
    else:
        user = make_user(role, username="acteur")
        own = post_message(author=user, thread=thread, text="Mon message")
        client.force_login(user)
    url, data = _actions(thread, own, others)[action]
    before = _snapshot()

    response = client.post(url, data)

    if role in ALLOWED[action]:
        assert response.status_code == 302, response.content.decode()[:500]
        assert "/connexion/" not in response["Location"]
        assert _snapshot() != before
    else:
        assert _snapshot() == before
        if role == "anonymous":
            assert response.status_code == 302
            assert response["Location"].startswith("/connexion/")
        else:
            assert response.status_code == 403


@pytest.mark.django_db
def test_member_sees_no_ask_button_nor_creation_form(member_client, site_tree):
    index = member_client.get("/echanges/")
    assert index.status_code == 200
    assert "Posez une question" not in index.content.decode()
    assert member_client.get("/echanges/nouveau/").status_code == 403


@pytest.mark.django_db
def test_administrator_opens_a_thread_from_the_index(
    client, administrator, theme, site_tree
):
    client.force_login(administrator)
    assert "Posez une question" in client.get("/echanges/").content.decode()

    response = client.post(
        "/echanges/nouveau/",
        {"theme": theme.pk, "title": "Délais d'instruction", "text": "Vos retours ?"},
    )

    thread = Thread.objects.get(title="Délais d'instruction")
    assert response["Location"] == f"/echanges/fil/{thread.slug}/"
    assert thread.messages.get().text == "Vos retours ?"
    page = client.get(response["Location"]).content.decode()
    assert "Vos retours ?" in page
