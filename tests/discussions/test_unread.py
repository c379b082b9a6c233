"""Unread counts and opening a thread at the member's first unread message."""

import pytest

from discussions.models import ReadPosition
from discussions.selectors import MESSAGES_PER_PAGE
from home import roles


@pytest.fixture
def alice(make_user):
    return make_user(roles.MEMBER, username="alice", first_name="Alice")


@pytest.fixture
def bob(make_user):
    return make_user(roles.MEMBER, username="bob", first_name="Bob")


def _row(content: str, title: str) -> str:
    """The index line of one thread."""
    start = content.index(f">{title}</a>")
    return content[start : content.index("</li>", start)]


def _unread_badge(content: str, count: int, title: str) -> bool:
    return f"{count} non lu" in _row(content, title)


@pytest.mark.django_db
def test_three_messages_b_has_not_read(
    client, alice, bob, thread, post_message, site_tree
):
    client.force_login(bob)
    first = client.get(f"/echanges/fil/{thread.slug}/")
    assert first.status_code == 200
    post_message(author=bob, thread=thread, text="Ma question de Bob")
    news = [
        post_message(author=alice, thread=thread, text=f"Réponse Alice n°{n}")
        for n in range(1, 4)
    ]

    index = client.get("/echanges/").content.decode()
    assert thread.title in index
    assert _unread_badge(index, 3, thread.title)

    opened = client.get(f"/echanges/fil/{thread.slug}/")
    assert opened.status_code == 302
    assert opened["Location"] == (
        f"/echanges/fil/{thread.slug}/?page=1#nouveaux-messages"
    )

    page = client.get(opened["Location"].split("#")[0]).content.decode()
    divider = page.index('id="nouveaux-messages"')
    assert page.index("Ma question de Bob") < divider < page.index("Réponse Alice n°1")
    assert "Nouveaux messages" in page
    position = ReadPosition.objects.get(user=bob, thread=thread)
    assert position.last_read_message_id == news[-1].pk

    index = client.get("/echanges/").content.decode()
    assert "non lu" not in _row(index, thread.title)
    assert client.get(f"/echanges/fil/{thread.slug}/").status_code == 200


@pytest.mark.django_db
def test_own_messages_are_never_unread(client, alice, thread, post_message, site_tree):
    post_message(author=alice, thread=thread, text="Je parle seule")
    client.force_login(alice)
    index = client.get("/echanges/").content.decode()
    # Replying reads the thread up to one's own message.
    assert "non lu" not in _row(index, thread.title)


@pytest.mark.django_db
def test_first_unread_on_a_later_page(
    client, alice, bob, thread, post_message, site_tree
):
    client.force_login(bob)
    for n in range(MESSAGES_PER_PAGE + 4):
        post_message(author=alice, thread=thread, text=f"Ancien {n}")
    client.get(f"/echanges/fil/{thread.slug}/", {"page": 1})
    client.get(f"/echanges/fil/{thread.slug}/", {"page": 2})
    for n in range(MESSAGES_PER_PAGE):
        post_message(author=alice, thread=thread, text=f"Nouveau {n}")

    opened = client.get(f"/echanges/fil/{thread.slug}/")

    assert (
        opened["Location"] == f"/echanges/fil/{thread.slug}/?page=2#nouveaux-messages"
    )
    page = client.get(opened["Location"].split("#")[0]).content.decode()
    assert page.index("Ancien 28") < page.index('id="nouveaux-messages"')
    assert page.index('id="nouveaux-messages"') < page.index("Nouveau 0")
    # The rest (page 3) stays unread until shown.
    index = client.get("/echanges/").content.decode()
    assert _unread_badge(index, 5, thread.title)
    position = ReadPosition.objects.get(user=bob, thread=thread)
    assert position.last_read_message_id < thread.messages.order_by("-pk").first().pk


@pytest.mark.django_db
def test_hidden_and_deleted_messages_are_not_unread(
    client, alice, bob, administrator, thread, post_message, site_tree
):
    from discussions.services import message_delete, message_hide

    client.force_login(bob)
    client.get(f"/echanges/fil/{thread.slug}/")
    kept = post_message(author=alice, thread=thread, text="Gardé")
    hidden = post_message(author=alice, thread=thread, text="Masqué")
    deleted = post_message(author=alice, thread=thread, text="Effacé")
    message_hide(moderator=administrator, message=hidden, reason="Hors sujet")
    message_delete(user=alice, message=deleted)

    index = client.get("/echanges/").content.decode()
    assert _unread_badge(index, 1, thread.title)
    page = client.get(f"/echanges/fil/{thread.slug}/", {"page": 1}).content.decode()
    assert "Gardé" in page and kept.text in page
    assert "Masqué" not in page.replace("Message masqué", "")
    assert "Effacé" not in page
    assert "Message supprimé" in page
    assert "Message masqué par un modérateur" in page
