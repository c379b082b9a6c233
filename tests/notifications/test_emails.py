import pytest
from django.core import mail
from django.core.management import call_command

from notifications.models import Notification
from notifications.services import notification_send, preferences_update
from notifications.verbs import Verb


def send(recipients, actor, target, verb=Verb.NEW_POST, title="Compte rendu"):
    return notification_send(
        recipients=recipients,
        actor=actor,
        verb=verb,
        target=target,
        url=f"/compte-rendu/#{verb}",
        title=title,
        excerpt="Les décisions du comité de pilotage.",
    )


@pytest.fixture
def everyone_wants_digests(make_user):
    def members(*users):
        for user in users:
            preferences_update(
                user=user,
                choices={Verb.NEW_POST: (True, True), Verb.NEW_EVENT: (True, True)},
            )
        return users

    return members


@pytest.mark.django_db
def test_a_mention_is_mailed_at_once_in_french(
    make_user, author, target_page, django_capture_on_commit_callbacks, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://osmose.example"
    alice = make_user(first_name="Alice", email="alice@osmose.example")

    with django_capture_on_commit_callbacks(execute=True):
        send([alice], author, target_page, verb=Verb.MENTION)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@osmose.example"]
    assert message.subject == (
        "[OSMOSE] Karim Benali vous a mentionné dans « Compte rendu »"
    )
    assert "Bonjour Alice," in message.body
    assert "https://osmose.example/compte-rendu/#mention" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'href="https://osmose.example/compte-rendu/#mention"' in html
    assert Notification.objects.get().emailed_at is not None


@pytest.mark.django_db
def test_no_mention_mail_for_a_member_who_declined_it(
    make_user, author, target_page, django_capture_on_commit_callbacks
):
    alice = make_user()
    preferences_update(user=alice, choices={Verb.MENTION: (True, False)})

    with django_capture_on_commit_callbacks(execute=True):
        send([alice], author, target_page, verb=Verb.MENTION)

    assert mail.outbox == []
    assert Notification.objects.filter(recipient=alice, on_site=True).exists()


@pytest.mark.django_db
def test_digest_sends_one_mail_per_member_with_their_items(
    make_user, author, target_page, everyone_wants_digests
):
    alice, bob = everyone_wants_digests(
        make_user(first_name="Alice", email="alice@osmose.example"),
        make_user(first_name="Bob", email="bob@osmose.example"),
    )
    carol = make_user(email="carol@osmose.example")  # defaults: no digest for posts
    send([alice, bob, carol], author, target_page, title="Nouvel outil")
    send([alice], author, target_page, verb=Verb.NEW_EVENT, title="Webinaire")

    call_command("send_digests")

    assert sorted(message.to[0] for message in mail.outbox) == [
        "alice@osmose.example",
        "bob@osmose.example",
    ]
    to_alice = next(m for m in mail.outbox if m.to == ["alice@osmose.example"])
    assert to_alice.subject == "[OSMOSE] Votre résumé quotidien : 2 nouveautés"
    assert "Nouveau billet : « Nouvel outil »" in to_alice.body
    assert "Nouvel événement : « Webinaire »" in to_alice.body
    assert "Webinaire" in to_alice.alternatives[0][0]
    to_bob = next(m for m in mail.outbox if m.to == ["bob@osmose.example"])
    assert "Webinaire" not in to_bob.body


@pytest.mark.django_db
def test_digest_respects_members_who_opted_out_since(
    make_user, author, target_page, everyone_wants_digests
):
    (alice,) = everyone_wants_digests(make_user())
    send([alice], author, target_page)
    preferences_update(user=alice, choices={Verb.NEW_POST: (True, False)})

    call_command("send_digests")

    assert mail.outbox == []
    assert not Notification.objects.filter(email_due=True).exists()


@pytest.mark.django_db
def test_digest_skips_what_was_read_and_never_sends_twice(
    make_user, author, target_page, everyone_wants_digests
):
    alice, bob = everyone_wants_digests(make_user(), make_user())
    send([alice, bob], author, target_page)
    Notification.objects.filter(recipient=bob).update(read_at="2026-01-01T00:00Z")

    call_command("send_digests")
    call_command("send_digests")

    assert [message.to for message in mail.outbox] == [[alice.email]]


@pytest.mark.django_db
def test_digest_leaves_mentions_to_the_immediate_mail(make_user, author, target_page):
    alice = make_user()
    send([alice], author, target_page, verb=Verb.MENTION)  # not committed: no mail yet

    call_command("send_digests")

    assert mail.outbox == []


@pytest.mark.django_db
def test_digest_runs_in_constant_queries(
    make_user,
    author,
    target_page,
    everyone_wants_digests,
    django_assert_max_num_queries,
):
    members = everyone_wants_digests(*[make_user() for _ in range(12)])
    for n in range(3):
        send(members, author, target_page, title=f"Article {n}")

    with django_assert_max_num_queries(6):
        call_command("send_digests")

    assert len(mail.outbox) == 12
