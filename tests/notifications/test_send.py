import ast
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from home import roles
from notifications.models import Notification, NotificationEvent
from notifications.services import notification_send, preferences_update
from notifications.verbs import Verb


def send(**kwargs):
    kwargs.setdefault("verb", Verb.NEW_POST)
    kwargs.setdefault("url", "/compte-rendu/#resume")
    kwargs.setdefault("title", "Compte rendu du comité")
    return notification_send(**kwargs)


@pytest.mark.django_db
def test_each_recipient_gets_one_notification_and_the_actor_none(
    make_user, author, target_page
):
    alice, bob = make_user(), make_user()

    count = send(
        recipients=[alice, bob, author, alice.pk], actor=author, target=target_page
    )

    assert count == 2
    assert sorted(
        Notification.objects.values_list("recipient_id", flat=True)
    ) == sorted([alice.pk, bob.pk])
    assert NotificationEvent.objects.count() == 1


@pytest.mark.django_db
def test_the_target_is_stored_generically_with_its_link(make_user, author, target_page):
    alice = make_user()

    send(
        recipients=[alice],
        actor=author,
        target=target_page,
        excerpt="Résumé  des\n décisions",
    )

    event = NotificationEvent.objects.get()
    assert event.target_content_type == ContentType.objects.get_for_model(target_page)
    assert event.target_object_id == str(target_page.pk)
    assert event.target_url == "/compte-rendu/#resume"
    assert event.excerpt == "Résumé des décisions"
    assert event.message == "Nouveau billet : « Compte rendu du comité »"


@pytest.mark.django_db
def test_inactive_members_are_never_notified(make_user, author, target_page):
    gone = make_user(is_active=False)

    assert send(recipients=[gone], actor=author, target=target_page) == 0
    assert not NotificationEvent.objects.exists()


@pytest.mark.django_db
def test_visibility_hook_keeps_members_who_may_not_see_the_target_out(
    make_user, author, target_page
):
    editor = make_user(roles.EDITOR)
    member = make_user(roles.MEMBER)
    editors = Group.objects.get(name=roles.EDITOR)

    count = send(
        recipients=[editor, member],
        actor=author,
        target=target_page,
        visible_to=lambda users: users.filter(groups=editors),
    )

    assert count == 1
    assert list(Notification.objects.values_list("recipient_id", flat=True)) == [
        editor.pk
    ]


@pytest.mark.django_db
def test_once_per_target_skips_members_already_told(make_user, author, target_page):
    alice, bob = make_user(), make_user()
    send(recipients=[alice], actor=author, target=target_page, once_per_target=True)

    count = send(
        recipients=[alice, bob], actor=author, target=target_page, once_per_target=True
    )

    assert count == 1
    assert Notification.objects.filter(recipient=alice).count() == 1
    assert Notification.objects.filter(recipient=bob).count() == 1


@pytest.mark.django_db
def test_preferences_decide_where_a_notification_goes(make_user, author, target_page):
    nothing, email_only, default = make_user(), make_user(), make_user()
    preferences_update(user=nothing, choices={Verb.NEW_POST: (False, False)})
    preferences_update(user=email_only, choices={Verb.NEW_POST: (False, True)})

    send(recipients=[nothing, email_only, default], actor=author, target=target_page)

    assert not Notification.objects.filter(recipient=nothing).exists()
    assert Notification.objects.filter(
        recipient=email_only, on_site=False, email_due=True
    ).exists()
    assert Notification.objects.filter(
        recipient=default, on_site=True, email_due=False
    ).exists()


@pytest.mark.django_db
def test_an_unknown_verb_is_refused(make_user, author):
    with pytest.raises(ValueError):
        send(recipients=[make_user()], actor=author, verb="liked")


@pytest.mark.django_db
def test_a_system_notice_needs_no_actor_nor_target(make_user):
    alice = make_user()

    assert send(recipients=[alice], actor=None) == 1
    assert NotificationEvent.objects.get().target_content_type is None


def test_the_notifications_app_imports_no_content_app():
    content_apps = {
        "blog",
        "events",
        "documents",
        "faq",
        "discussions",
        "comments",
        "messaging",
    }
    root = Path(__file__).resolve().parents[2] / "notifications"
    imported = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])

    assert imported & content_apps == set()
