import pytest
from django.core import mail

from home.models import StandardPage
from mentions.services import member_text_notify, mentions_notify
from notifications.models import Notification


@pytest.fixture
def thread(home_page):
    page = StandardPage(title="Instruction des permis", slug="instruction")
    home_page.add_child(instance=page)
    return page


def post(author, text, target, previous_text=""):
    return mentions_notify(
        author=author,
        text=text,
        target=target,
        url="/instruction/#commentaire-3",
        title="Instruction des permis",
        previous_text=previous_text,
    )


@pytest.mark.django_db
def test_each_mentioned_member_gets_exactly_one_notification(people, thread):
    text = "@[jdupont] et @Jean Dupont, voyez avec @hmartin. Merci @jdupont !"

    assert post(people["claire"], text, thread) == 2

    notified = Notification.objects.values_list("recipient__username", flat=True)
    assert sorted(notified) == ["hmartin", "jdupont"]
    event = Notification.objects.first().event
    assert (
        event.message
        == "Claire Rousseau vous a mentionné dans « Instruction des permis »"
    )
    assert event.excerpt.startswith("@Jean Dupont et @Jean Dupont, voyez avec @Hélène")
    assert event.target_url == "/instruction/#commentaire-3"


@pytest.mark.django_db
def test_mentioning_oneself_or_an_unknown_name_notifies_nobody(people, thread):
    assert post(people["jean"], "Note pour moi @jdupont et @personne", thread) == 0
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_editing_without_a_new_mention_notifies_nobody_again(people, thread):
    post(people["claire"], "Merci @jdupont", thread)

    edited = "Merci @jdupont, c'est corrigé."
    assert post(people["claire"], edited, thread, previous_text="Merci @jdupont") == 0
    # Even without the previous text, a member is told once per target.
    assert post(people["claire"], edited, thread) == 0
    assert Notification.objects.count() == 1


@pytest.mark.django_db
def test_an_edit_that_adds_a_mention_notifies_only_the_newcomer(people, thread):
    post(people["claire"], "Merci @jdupont", thread)

    count = post(
        people["claire"],
        "Merci @jdupont et @hmartin",
        thread,
        previous_text="Merci @jdupont",
    )

    assert count == 1
    assert Notification.objects.filter(recipient=people["helene"]).count() == 1
    assert Notification.objects.filter(recipient=people["jean"]).count() == 1


@pytest.mark.django_db
def test_mentioned_members_are_mailed_once_the_text_is_saved(
    people, thread, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(people["claire"], "@Hélène Martin, pouvez-vous relire ?", thread)

    assert [message.to for message in mail.outbox] == [[people["helene"].email]]
    assert "@Hélène Martin, pouvez-vous relire ?" in mail.outbox[0].body


@pytest.mark.django_db
def test_members_who_may_not_see_the_text_are_not_told(people, thread):
    count = mentions_notify(
        author=people["claire"],
        text="@jdupont @hmartin",
        target=thread,
        url="/instruction/",
        visible_to=lambda users: users.exclude(username="hmartin"),
    )

    assert count == 1
    assert not Notification.objects.filter(recipient=people["helene"]).exists()


@pytest.mark.django_db
def test_a_reply_tells_the_author_of_the_text_it_answers(people, thread):
    count = member_text_notify(
        author=people["claire"],
        text="Je suis d'accord.",
        target=thread,
        url="/instruction/#commentaire-4",
        title="Instruction des permis",
        reply_to=people["jean"],
    )

    assert count == 1
    notification = Notification.objects.get()
    assert notification.recipient == people["jean"]
    assert notification.event.message == (
        "Claire Rousseau a répondu à votre commentaire sur « Instruction des permis »"
    )


@pytest.mark.django_db
def test_a_reply_that_mentions_its_parent_author_notifies_once(people, thread):
    count = member_text_notify(
        author=people["claire"],
        text="@jdupont je suis d'accord.",
        target=thread,
        url="/instruction/#commentaire-4",
        reply_to=people["jean"],
    )

    assert count == 1
    assert Notification.objects.get().event.verb == "mention"


@pytest.mark.django_db
def test_replying_to_oneself_or_editing_a_reply_tells_nobody(people, thread):
    assert (
        member_text_notify(
            author=people["jean"],
            text="Précision.",
            target=thread,
            url="/instruction/",
            reply_to=people["jean"],
        )
        == 0
    )
    assert (
        member_text_notify(
            author=people["claire"],
            text="Je suis d'accord, finalement.",
            target=thread,
            url="/instruction/",
            previous_text="Je suis d'accord.",
            reply_to=people["jean"],
        )
        == 0
    )
    assert not Notification.objects.exists()
