"""Replying, quoting, editing and deleting follow the comment rules."""

import pytest

from comments.models import COMMENT_MAX_LENGTH
from discussions.models import Message
from discussions.services import thread_update
from home import roles


@pytest.fixture
def alice(make_user):
    return make_user(
        roles.MEMBER, username="alice", first_name="Alice", last_name="Durand"
    )


def _reply_url(thread):
    return f"/echanges/fil/{thread.slug}/repondre/"


@pytest.mark.django_db
def test_reply_lands_on_its_anchor_with_text_rendered_safely(
    member_client, thread, alice, site_tree
):
    response = member_client.post(
        _reply_url(thread),
        {"text": "Voir https://exemple.gouv.fr <script>alert(1)</script> @[alice]"},
    )
    message = Message.objects.latest("pk")
    assert response["Location"] == f"/echanges/fil/{thread.slug}/#message-{message.pk}"
    page = member_client.get(response["Location"].split("#")[0]).content.decode()
    assert '<a href="https://exemple.gouv.fr"' in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert 'href="/membres/alice/"' in page
    assert "data-mentions" in page


@pytest.mark.django_db
def test_locked_thread_refuses_replies_in_french(
    member_client, administrator, thread, site_tree
):
    thread_update(by=administrator, thread=thread, locked=True)
    before = Message.objects.count()

    response = member_client.post(_reply_url(thread), {"text": "Encore une question"})

    assert response.status_code == 200
    content = response.content.decode()
    assert "Ce fil de discussion est verrouillé" in content
    assert Message.objects.count() == before


@pytest.mark.django_db
def test_too_long_text_is_refused_and_given_back(member_client, thread, site_tree):
    text = "x" * (COMMENT_MAX_LENGTH + 1)
    before = Message.objects.count()
    response = member_client.post(_reply_url(thread), {"text": text})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Votre message est trop long" in content
    assert text in content
    assert Message.objects.count() == before


@pytest.mark.django_db
def test_flood_is_refused_with_the_text_given_back(
    member_client, thread, settings, site_tree
):
    settings.COMMENTS_MAX_PER_MINUTE = 2
    for n in range(2):
        member_client.post(_reply_url(thread), {"text": f"Message {n}"})
    response = member_client.post(_reply_url(thread), {"text": "Un de trop"})
    content = response.content.decode()
    assert "Vous avez publié trop de messages" in content
    assert "Un de trop" in content
    assert Message.objects.filter(text="Un de trop").count() == 0


@pytest.mark.django_db
def test_reply_and_quote_a_message(
    member_client, thread, alice, post_message, site_tree
):
    original = post_message(author=alice, thread=thread, text="Le texte cité")
    form = member_client.get(
        _reply_url(thread), {"reply_to": original.pk, "quote": "1"}
    ).content.decode()
    assert "Le texte cité" in form

    member_client.post(
        _reply_url(thread),
        {"text": "Je cite", "reply_to": original.pk, "quote": "True"},
    )
    reply = Message.objects.get(text="Je cite")
    assert reply.reply_to == original and reply.quote
    page = member_client.get(
        f"/echanges/fil/{thread.slug}/", {"page": 1}
    ).content.decode()
    assert page.index("osmose-message__quote") < page.index("Je cite")


@pytest.mark.django_db
def test_edit_marks_the_message_edited(
    member_client, member, thread, post_message, site_tree
):
    message = post_message(author=member, thread=thread, text="Premier jet")
    response = member_client.post(
        f"/echanges/message/{message.pk}/modifier/", {"text": "Version corrigée"}
    )
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.text == "Version corrigée" and message.edited_at is not None
    page = member_client.get(
        f"/echanges/fil/{thread.slug}/", {"page": 1}
    ).content.decode()
    assert "modifié le" in page


@pytest.mark.django_db
def test_delete_keeps_the_row_and_shows_a_placeholder(
    member_client, member, alice, thread, post_message, site_tree
):
    message = post_message(author=member, thread=thread, text="À retirer")
    post_message(author=alice, thread=thread, text="Réponse", reply_to=message)
    member_client.post(f"/echanges/message/{message.pk}/supprimer/")
    message.refresh_from_db()
    assert message.status == Message.Status.DELETED and message.text == ""
    page = member_client.get(
        f"/echanges/fil/{thread.slug}/", {"page": 1}
    ).content.decode()
    assert "Message supprimé" in page
    assert "À retirer" not in page
    assert "Réponse" in page


@pytest.mark.django_db
def test_resolved_thread_shows_the_answer_first(
    client, administrator, alice, thread, post_message, site_tree
):
    post_message(author=alice, thread=thread, text="Une piste")
    answer = post_message(author=alice, thread=thread, text="La bonne solution")
    client.force_login(administrator)
    client.post(f"/echanges/message/{answer.pk}/reponse/")
    thread.refresh_from_db()
    assert thread.answer == answer
    page = client.get(f"/echanges/fil/{thread.slug}/", {"page": 1}).content.decode()
    assert "Résolu" in page
    assert (
        page.index("La réponse")
        < page.index("La bonne solution")
        < page.index("Une piste")
    )


@pytest.mark.django_db
def test_report_then_moderator_hides_and_restores(
    client, member_client, administrator, alice, thread, post_message, site_tree
):
    message = post_message(author=alice, thread=thread, text="Message douteux")
    member_client.post(f"/echanges/message/{message.pk}/signaler/", {"reason": ""})
    assert message.reports.filter(handled_at=None).count() == 1

    client.force_login(administrator)
    client.post(f"/echanges/message/{message.pk}/masquer/", {"reason": ""})
    message.refresh_from_db()
    assert message.is_published  # a reason is required
    client.post(
        f"/echanges/message/{message.pk}/masquer/", {"reason": "Propos hors charte"}
    )
    message.refresh_from_db()
    assert message.status == Message.Status.HIDDEN
    assert message.moderation_reason == "Propos hors charte"
    assert message.reports.filter(handled_at=None).count() == 0

    client.post(f"/echanges/message/{message.pk}/retablir/", {"reason": "Erreur"})
    message.refresh_from_db()
    assert message.is_published
