"""The pages work with plain POST and reload, without JavaScript."""

import pytest

from messaging.models import Conversation, Message

pytestmark = pytest.mark.django_db


def test_a_profile_offers_to_send_a_message_and_the_first_one_starts_it(
    client_for, alice, bruno
):
    client = client_for(alice)
    profile = client.get(f"/membres/{bruno.username}/")
    assert 'href="/messages/avec/bruno/"' in profile.content.decode()

    page = client.get("/messages/avec/bruno/")
    assert page.status_code == 200
    assert "Bruno Petit" in page.content.decode()
    assert not Conversation.objects.exists()

    response = client.post("/messages/avec/bruno/", {"text": "Bonjour Bruno"})
    conversation = Conversation.objects.get()
    message = Message.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/messages/{conversation.pk}/#message-{message.pk}"
    assert set(conversation.participants.values_list("user__username", flat=True)) == {
        "alice",
        "bruno",
    }
    # Writing again goes to the same conversation.
    again = client.get("/messages/avec/bruno/")
    assert again["Location"] == f"/messages/{conversation.pk}/"


def test_my_own_profile_offers_no_message_button(client_for, alice):
    page = client_for(alice).get("/membres/alice/")
    assert "/messages/avec/" not in page.content.decode()


def test_sending_with_a_plain_post_then_reading_the_escaped_text(
    client_for, pair, alice, bruno
):
    response = client_for(alice).post(
        f"/messages/{pair.pk}/",
        {"text": "Voir <script>alert(1)</script> https://example.org/dossier"},
    )
    message = Message.objects.get()
    assert response.status_code == 302

    page = client_for(bruno).get(f"/messages/{pair.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert 'href="https://example.org/dossier"' in html
    assert f'id="message-{message.pk}"' in html


def test_an_empty_or_too_long_message_is_refused_and_given_back(
    client_for, pair, alice
):
    client = client_for(alice)
    empty = client.post(f"/messages/{pair.pk}/", {"text": "  "})
    assert empty.status_code == 200
    assert "Votre message est vide." in empty.content.decode()

    long_text = "a" * 5001
    too_long = client.post(f"/messages/{pair.pk}/", {"text": long_text})
    assert "trop long" in too_long.content.decode()
    assert long_text in too_long.content.decode()
    assert not Message.objects.exists()


def test_anti_flood_has_its_own_budget(client_for, pair, alice, settings):
    settings.MESSAGING_MAX_PER_MINUTE = 3
    settings.COMMENTS_MAX_PER_MINUTE = 1
    client = client_for(alice)
    for n in range(3):
        assert (
            client.post(f"/messages/{pair.pk}/", {"text": f"n{n}"}).status_code == 302
        )

    refused = client.post(f"/messages/{pair.pk}/", {"text": "Encore un"})

    assert refused.status_code == 200
    assert "trop de messages" in refused.content.decode()
    assert Message.objects.count() == 3


def test_a_conversation_i_am_not_part_of_answers_404(
    client_for, pair, chloe, send, alice
):
    message = send(alice, pair, "Privé")
    client = client_for(chloe)
    assert client.get(f"/messages/{pair.pk}/").status_code == 404
    assert client.post(f"/messages/{pair.pk}/", {"text": "Coucou"}).status_code == 404
    assert client.get(f"/messages/{pair.pk}/messages/?after=0").status_code == 404
    assert client.get(f"/messages/message/{message.pk}/signaler/").status_code == 404
    assert client.get("/messages/999999/").status_code == 404
    assert Message.objects.count() == 1


def test_the_page_posts_with_fetch_and_gets_the_stored_message(client_for, pair, alice):
    response = client_for(alice).post(
        f"/messages/{pair.pk}/",
        {"text": "Par le script"},
        headers={"accept": "application/json"},
    )
    message = Message.objects.get()
    assert response.status_code == 200
    assert response.json()["message"]["id"] == message.pk
    assert "Par le script" in response.json()["message"]["html"]

    refused = client_for(alice).post(
        f"/messages/{pair.pk}/", {"text": ""}, headers={"accept": "application/json"}
    )
    assert refused.status_code == 400
    assert refused.json() == {"errors": ["Votre message est vide."]}


def test_older_messages_load_by_id_newest_at_the_bottom(client_for, pair, alice, send):
    messages = [send(alice, pair, f"Message numéro {n}") for n in range(60)]
    client = client_for(alice)

    latest = client.get(f"/messages/{pair.pk}/").content.decode()
    assert "Message numéro 59" in latest
    assert "Message numéro 9<" not in latest
    assert latest.index("Message numéro 58") < latest.index("Message numéro 59")
    assert f"?before={messages[10].pk}" in latest

    older = client.get(f"/messages/{pair.pk}/?before={messages[10].pk}")
    html = older.content.decode()
    assert "Message numéro 9<" in html
    assert "Message numéro 10<" not in html
    as_json = client.get(f"/messages/{pair.pk}/messages/?before={messages[10].pk}")
    assert [m["id"] for m in as_json.json()["messages"]] == [
        m.pk for m in messages[:10]
    ]
    assert as_json.json()["more"] is False


def test_the_list_shows_my_conversations_latest_first_with_unread_counts(
    client_for, pair, group, alice, bruno, send
):
    send(bruno, pair, "Un")
    send(bruno, pair, "Deux")
    send(bruno, group, "Dans le groupe")

    page = client_for(alice).get("/messages/")
    html = page.content.decode()
    assert page.status_code == 200
    assert html.index("Équipe instruction") < html.index("Bruno Petit")
    assert "2 non lus" in html
    assert "Dans le groupe" in html

    client_for(alice).get(f"/messages/{pair.pk}/")
    assert "2 non lus" not in client_for(alice).get("/messages/").content.decode()


def test_seen_markers_show_who_read_what(client_for, pair, alice, bruno, send):
    send(alice, pair, "Tu es là ?")
    client_for(bruno).get(f"/messages/{pair.pk}/")

    html = client_for(alice).get(f"/messages/{pair.pk}/").content.decode()

    assert "Vu par" in html
    assert f'data-seen-user="{bruno.pk}"' in html


def test_marking_read_with_a_plain_form_and_asking_without_a_bound(
    client_for, pair, alice, bruno, send
):
    from messaging.selectors import unread_total_for_user

    send(bruno, pair, "Un")
    second = send(bruno, pair, "Deux")
    client = client_for(alice)
    assert unread_total_for_user(user=alice) == 2

    response = client.post(f"/messages/{pair.pk}/lu/", {"up_to": second.pk - 1})
    assert response.status_code == 302
    assert unread_total_for_user(user=alice) == 1
    assert client.get(f"/messages/{pair.pk}/messages/").status_code == 400
