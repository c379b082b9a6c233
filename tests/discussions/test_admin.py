"""The Wagtail admin for themes, threads and messages: administrators only."""

import pytest

from discussions.models import Message, Thread
from discussions.services import message_report
from home import roles

THEMES = "/admin/discussions/theme/"
THREADS = "/admin/discussions/thread/"
MESSAGES = "/admin/discussions/message/"


@pytest.mark.django_db
@pytest.mark.parametrize("url", [THEMES, THREADS, MESSAGES])
def test_editors_do_not_reach_it(client, editor, url):
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert "Espaces d" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_administrator_lists_reported_and_hidden_messages(
    client, administrator, make_user, thread, post_message
):
    alice = make_user(roles.MEMBER, username="alice")
    bob = make_user(roles.MEMBER, username="bob")
    reported = post_message(author=alice, thread=thread, text="Message signalé")
    post_message(author=alice, thread=thread, text="Message tranquille")
    message_report(reporter=bob, message=reported, reason="Agressif")
    client.force_login(administrator)

    assert "Espaces d" in client.get("/admin/").content.decode()
    assert thread.title in client.get(THREADS).content.decode()
    assert thread.theme.title in client.get(THEMES).content.decode()
    listing = client.get(MESSAGES, {"reported": "open"})
    content = listing.content.decode()
    assert listing.status_code == 200
    assert "Message signalé" in content
    assert "Message tranquille" not in content
    assert f"/echanges/message/{reported.pk}/masquer/" in content

    hidden = client.get(MESSAGES, {"status": "hidden"}).content.decode()
    assert "Message signalé" not in hidden


@pytest.mark.django_db
def test_administrator_renames_moves_pins_and_deletes_a_thread(
    client, administrator, thread, post_message, make_user
):
    from discussions.models import Theme

    other = Theme.objects.create(title="Guichet numérique", slug="guichet")
    client.force_login(administrator)
    slug = thread.slug

    response = client.post(
        f"{THREADS}edit/{thread.pk}/",
        {"title": "Nouveau titre", "theme": other.pk, "pinned": "on"},
    )

    assert response.status_code == 302
    thread.refresh_from_db()
    assert (thread.title, thread.theme, thread.pinned, thread.locked) == (
        "Nouveau titre",
        other,
        True,
        False,
    )
    assert thread.slug == slug

    assert client.get(f"{THREADS}create/")["Location"] == "/echanges/nouveau/"

    client.post(f"{THREADS}delete/{thread.pk}/")
    assert not Thread.objects.filter(pk=thread.pk).exists()
    assert not Message.objects.filter(thread_id=thread.pk).exists()


@pytest.mark.django_db
def test_moderator_closes_reports_and_members_cannot(
    client, member_client, administrator, make_user, thread, post_message
):
    alice = make_user(roles.MEMBER, username="alice")
    bob = make_user(roles.MEMBER, username="bob")
    message = post_message(author=alice, thread=thread, text="Message discuté")
    message_report(reporter=bob, message=message, reason="Je ne suis pas d'accord")
    url = f"/echanges/message/{message.pk}/classer/"

    assert member_client.post(url).status_code == 403
    assert message.reports.filter(handled_at=None).count() == 1

    client.force_login(administrator)
    assert (
        f'href="{url}"' in client.get(MESSAGES, {"reported": "open"}).content.decode()
    )
    assert "Je ne suis pas d" in client.get(url).content.decode()
    client.post(url)
    assert message.reports.filter(handled_at=None).count() == 0
    message.refresh_from_db()
    assert message.is_published


@pytest.mark.django_db
def test_deleting_a_thread_forgets_its_notifications(
    administrator, make_user, thread, post_message, django_capture_on_commit_callbacks
):
    from discussions.services import thread_delete
    from notifications.models import Notification

    alice = make_user(roles.MEMBER, username="alice")
    bob = make_user(roles.MEMBER, username="bob")
    post_message(author=bob, thread=thread, text="Bob suit")
    with django_capture_on_commit_callbacks(execute=True):
        post_message(author=alice, thread=thread, text="Bonjour @[bob]", notify=True)
    assert Notification.objects.filter(recipient=bob).count() == 1

    thread_delete(by=administrator, thread=thread)

    assert not Notification.objects.filter(recipient=bob).exists()
