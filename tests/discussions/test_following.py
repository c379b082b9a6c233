"""Following a thread and the notifications it brings, batched per thread."""

import pytest

from discussions.models import Follow
from home import roles
from notifications.models import Notification
from notifications.verbs import Verb


@pytest.fixture
def alice(make_user):
    return make_user(roles.MEMBER, username="alice", first_name="Alice")


@pytest.fixture
def bob(make_user):
    return make_user(roles.MEMBER, username="bob", first_name="Bob")


@pytest.fixture
def say(post_message, django_capture_on_commit_callbacks):
    def post(author, thread, text="Un message.", **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return post_message(
                author=author, thread=thread, text=text, notify=True, **fields
            )

    return post


def _thread_notices(user):
    return Notification.objects.filter(recipient=user, event__verb=Verb.THREAD_MESSAGE)


@pytest.mark.django_db
def test_repliers_follow_automatically(alice, thread, say):
    say(alice, thread)
    assert Follow.objects.filter(user=alice, thread=thread).exists()


@pytest.mark.django_db
def test_follow_and_unfollow_buttons(member_client, member, thread, site_tree):
    page = member_client.get(f"/echanges/fil/{thread.slug}/").content.decode()
    assert "Suivre ce fil" in page

    member_client.post(f"/echanges/fil/{thread.slug}/suivre/", {"action": "follow"})
    assert Follow.objects.filter(user=member, thread=thread).exists()
    page = member_client.get(f"/echanges/fil/{thread.slug}/").content.decode()
    assert "Ne plus suivre" in page

    member_client.post(f"/echanges/fil/{thread.slug}/suivre/", {"action": "unfollow"})
    assert not Follow.objects.filter(user=member, thread=thread).exists()


@pytest.mark.django_db
def test_several_messages_make_one_unread_notification_until_read(
    client, alice, bob, thread, say, site_tree
):
    say(bob, thread, "Bob suit le fil en répondant")
    for n in range(3):
        say(alice, thread, f"Alice écrit {n}")

    notices = _thread_notices(bob)
    assert notices.count() == 1
    notice = notices.get()
    assert notice.read_at is None
    assert notice.event.target_title == thread.title

    # Bob reads the thread: his notice is read, the next message notifies again.
    client.force_login(bob)
    client.get(f"/echanges/fil/{thread.slug}/", {"page": 1})
    assert _thread_notices(bob).filter(read_at=None).count() == 0
    say(alice, thread, "Alice encore")
    assert _thread_notices(bob).count() == 2
    assert _thread_notices(bob).filter(read_at=None).count() == 1
    # The bell shows it to Bob.
    assert "Alice" in client.get("/notifications/").content.decode()


@pytest.mark.django_db
def test_unfollowed_members_and_the_author_are_not_notified(alice, bob, thread, say):
    say(bob, thread, "Bob répond")
    Follow.objects.filter(user=bob).delete()
    say(alice, thread, "Alice répond")
    assert not _thread_notices(bob).exists()
    assert not _thread_notices(alice).exists()


@pytest.mark.django_db
def test_mentions_and_replies_notify_as_for_comments(alice, bob, thread, say):
    first = say(bob, thread, "Question de Bob")
    say(alice, thread, "Je réponds, et @[bob] regarde ceci", reply_to=first)

    mention = Notification.objects.get(recipient=bob, event__verb=Verb.MENTION)
    assert mention.event.target_url.startswith("/echanges/message/")
    # Already told by the mention: no separate thread notice.
    assert not _thread_notices(bob).exists()


@pytest.mark.django_db
def test_reply_notifies_the_answered_author(alice, bob, thread, say):
    first = say(bob, thread, "Question de Bob")
    say(alice, thread, "Réponse à Bob", reply_to=first, quote=True)
    assert Notification.objects.filter(recipient=bob, event__verb=Verb.REPLY).exists()


@pytest.mark.django_db
def test_new_thread_tells_members(
    administrator, alice, bob, theme, django_capture_on_commit_callbacks
):
    from discussions.services import thread_create

    with django_capture_on_commit_callbacks(execute=True):
        thread_create(
            author=administrator, theme=theme, title="Nouveau fil", text="Bonjour"
        )
    for user in (alice, bob):
        assert Notification.objects.filter(
            recipient=user,
            event__verb=Verb.NEW_THREAD,
            event__target_title="Nouveau fil",
        ).exists()
    assert not Notification.objects.filter(recipient=administrator).exists()


@pytest.mark.django_db
def test_members_set_preferences_for_thread_notifications(member_client):
    page = member_client.get("/notifications/preferences/")
    content = page.content.decode()
    assert page.status_code == 200
    assert "Nouveau message dans un fil que je suis" in content
    assert "Nouveau fil de discussion" in content


@pytest.mark.django_db
def test_editing_in_a_mention_notifies_only_the_new_name(
    alice, bob, make_user, thread, say, django_capture_on_commit_callbacks
):
    from discussions.services import message_edit

    carol = make_user(roles.MEMBER, username="carol")
    message = say(alice, thread, "Bonjour @[bob]")
    with django_capture_on_commit_callbacks(execute=True):
        message_edit(editor=alice, message=message, text="Bonjour @[bob] et @[carol]")

    assert (
        Notification.objects.filter(recipient=bob, event__verb=Verb.MENTION).count()
        == 1
    )
    assert Notification.objects.filter(
        recipient=carol, event__verb=Verb.MENTION
    ).exists()
