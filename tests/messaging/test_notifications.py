"""Members without the conversation open are notified: once per conversation
until they read it, by e-mail when their preferences ask for it."""

import pytest
from django.core import mail

from messaging.presence import presence_join, presence_leave
from notifications.models import Notification
from notifications.services import preferences_update
from notifications.verbs import Verb

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _notices(user):
    return Notification.objects.filter(
        recipient=user, event__verb=Verb.DIRECT_MESSAGE
    ).select_related("event")


def test_an_offline_member_gets_one_notice_per_conversation_until_read(
    pair, alice, bruno, send, client_for
):
    send(alice, pair, "Premier")
    send(alice, pair, "Deuxième")
    send(alice, pair, "Troisième")

    notices = list(_notices(bruno))
    assert len(notices) == 1
    assert notices[0].read_at is None
    assert notices[0].event.target_url.startswith(f"/messages/{pair.pk}/#message-")
    assert "Nouveaux messages privés" in notices[0].event.message
    assert not _notices(alice).exists()
    # Default preferences mail it, once.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [bruno.email]

    client_for(bruno).get(f"/messages/{pair.pk}/")
    assert _notices(bruno).get().read_at is not None

    send(alice, pair, "Après lecture")
    assert _notices(bruno).count() == 2
    assert _notices(bruno).filter(read_at=None).count() == 1


def test_a_member_with_the_conversation_open_is_not_notified(pair, alice, bruno, send):
    presence_join(conversation_id=pair.pk, user_id=bruno.pk)
    send(alice, pair, "Tu me lis en direct")
    assert not _notices(bruno).exists()

    presence_leave(conversation_id=pair.pk, user_id=bruno.pk)
    send(alice, pair, "Tu es parti")
    assert _notices(bruno).count() == 1


def test_preferences_decide_the_email(pair, alice, bruno, send):
    preferences_update(user=bruno, choices={Verb.DIRECT_MESSAGE: (True, False)})
    send(alice, pair, "Sans e-mail")
    assert _notices(bruno).count() == 1
    assert mail.outbox == []


def test_mentions_in_a_group_notify_its_members_only(
    group, alice, bruno, make_user, send
):
    outsider = make_user(username="dehors")
    send(alice, group, "@[bruno] et @[dehors], regardez ce dossier")

    mentions = Notification.objects.filter(event__verb=Verb.MENTION)
    assert list(mentions.values_list("recipient__username", flat=True)) == ["bruno"]
    assert not Notification.objects.filter(recipient=outsider).exists()


def test_private_messages_have_their_own_preference(client_for, alice):
    page = client_for(alice).get("/notifications/preferences/")
    assert page.status_code == 200
    assert "Un nouveau message privé" in page.content.decode()
