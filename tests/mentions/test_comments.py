"""Mentions and replies in blog comments, through the pages and the comments service."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import PageViewRestriction

from comments.models import Comment
from comments.services import comment_create, comment_edit
from home import roles
from notifications.models import Notification


@pytest.fixture
def post(make_post):
    post = make_post("Retour du webinaire")
    Notification.objects.all().delete()  # the new-post notices are not under test
    return post


def mentions_to(user):
    return Notification.objects.filter(recipient=user, event__verb="mention")


def comment(author, post, text, parent=None):
    return comment_create(
        author=author, target=post, text=text, parent=parent, check_flood=False
    )


@pytest.mark.django_db
def test_a_mention_in_a_comment_notifies_that_member_once_and_nobody_else(
    member_client, member, people, post, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(
            f"/commentaires/{post.content_type_id}/{post.pk}/",
            {"text": "Merci @[jdupont] ! Et encore merci @Jean Dupont."},
        )

    posted = Comment.objects.get()
    assert Notification.objects.count() == 1
    notification = mentions_to(people["jean"]).get()
    assert notification.event.target_url == f"{post.url}#commentaire-{posted.pk}"
    assert notification.event.message == (
        "Hélène Nom1 vous a mentionné dans « Retour du webinaire »"
    )
    assert [message.to for message in mail.outbox] == [[people["jean"].email]]


@pytest.mark.django_db
def test_the_mention_is_a_link_to_the_profile_on_the_page(
    member_client, member, people, post
):
    comment(member, post, "Voir avec @[jdupont] <b>vite</b>")

    page = member_client.get(post.url).content.decode()

    assert (
        '<a class="osmose-mention" href="/membres/jdupont/" '
        'rel="nofollow noopener noreferrer">@Jean Dupont</a>'
    ) in page
    assert "&lt;b&gt;vite&lt;/b&gt;" in page


@pytest.mark.django_db
def test_an_unknown_name_notifies_nobody_and_stays_plain_text(
    member_client, member, people, post, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        comment(member, post, "Merci @inconnu et @Paul Parti")

    assert Notification.objects.count() == 0
    page = member_client.get(post.url).content.decode()
    assert "Merci @inconnu et @Paul Parti" in page


@pytest.mark.django_db
def test_an_edit_notifies_only_newly_mentioned_members(
    member, people, post, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        posted = comment(member, post, "Merci @jdupont")
    with django_capture_on_commit_callbacks(execute=True):
        posted = comment_edit(editor=member, comment=posted, text="Merci @jdupont !")

    assert mentions_to(people["jean"]).count() == 1
    assert Notification.objects.count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        comment_edit(editor=member, comment=posted, text="Merci @jdupont et @hmartin")

    assert mentions_to(people["jean"]).count() == 1
    assert mentions_to(people["helene"]).count() == 1


@pytest.mark.django_db
def test_a_reply_tells_the_author_of_the_comment(
    member, people, post, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = comment(people["jean"], post, "Une rediffusion est prévue ?")
        reply = comment(member, post, "Oui, la semaine prochaine.", parent=first)

    notification = Notification.objects.get()
    assert notification.recipient == people["jean"]
    assert notification.event.verb == "reply"
    assert notification.event.target_url == f"{post.url}#commentaire-{reply.pk}"


@pytest.mark.django_db
def test_members_who_may_not_read_the_post_are_not_told(
    member, people, post, django_capture_on_commit_callbacks
):
    restriction = PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.MEMBER))
    outsider = people["jean"]
    outsider.groups.clear()

    with django_capture_on_commit_callbacks(execute=True):
        comment(member, post, "@jdupont @hmartin, qu'en pensez-vous ?")

    assert mentions_to(outsider).count() == 0
    assert mentions_to(people["helene"]).count() == 1


@pytest.mark.django_db
def test_comments_with_mentions_render_in_constant_queries(
    member_client, member, people, post, django_assert_max_num_queries
):
    names = ["jdupont", "hmartin", "crousseau", "mleroy", "adlf"]
    for name in names[:2]:
        comment(people["claire"], post, f"Bonjour @[{name}]")
    with django_assert_max_num_queries(60) as few:
        member_client.get(post.url)
    for n in range(10):
        comment(people["claire"], post, f"Relance {n} @[{names[n % 5]}] @Marie Leroy")

    with django_assert_max_num_queries(len(few.captured_queries)):
        page = member_client.get(post.url).content.decode()

    assert page.count('class="osmose-mention"') == 12


@pytest.mark.django_db
def test_a_members_comments_show_on_their_profile(
    member_client, member, people, post, make_post, django_assert_max_num_queries
):
    secret = make_post("Réservé aux administrateurs")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=roles.ADMINISTRATOR))
    jean = people["jean"]
    seen = comment(jean, post, "Merci @[hmartin] pour ce retour.")
    comment(jean, secret, "Confidentiel")

    with django_assert_max_num_queries(20):
        page = member_client.get("/membres/jdupont/").content.decode()

    assert "Commentaires" in page
    assert "Sur « Retour du webinaire »" in page
    assert f'href="{post.url}#commentaire-{seen.pk}"' in page
    assert "Merci @Hélène Martin pour ce retour." in page
    assert "Confidentiel" not in page
