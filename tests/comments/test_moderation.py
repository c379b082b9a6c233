"""Administrators hide comments, on the site and in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group

from comments.models import Comment
from home import roles


@pytest.mark.django_db
def test_administrator_hides_a_comment_with_a_reason(
    client, member, administrator, post, make_comment
):
    comment = make_comment(author=member, target=post, text="Propos déplacés")
    client.force_login(administrator)

    form = client.get(f"/commentaires/{comment.pk}/masquer/")
    response = client.post(
        f"/commentaires/{comment.pk}/masquer/", {"reason": "Hors charte"}
    )

    assert form.status_code == 200
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN
    assert comment.hidden_by == administrator
    assert comment.hidden_reason == "Hors charte"
    assert comment.text == "Propos déplacés"


@pytest.mark.django_db
def test_hidden_comment_disappears_for_members(
    member_client, member, administrator, post, make_comment
):
    from comments.services import comment_hide

    comment = make_comment(author=member, target=post, text="Propos déplacés")
    comment_hide(moderator=administrator, comment=comment, reason="Hors charte")

    page = member_client.get(post.url).content.decode()

    assert "Propos déplacés" not in page
    assert f'id="commentaire-{comment.pk}"' not in page
    assert "0 commentaire" in page


@pytest.mark.django_db
def test_hidden_comment_with_replies_leaves_a_placeholder(
    member_client, member, administrator, post, make_comment
):
    from comments.services import comment_hide

    question = make_comment(author=member, target=post, text="Propos déplacés")
    make_comment(author=administrator, target=post, parent=question, text="Réponse")
    comment_hide(moderator=administrator, comment=question, reason="Hors charte")

    page = member_client.get(post.url).content.decode()

    assert "Propos déplacés" not in page
    assert "Ce commentaire a été masqué par la modération." in page
    assert "Réponse" in page


@pytest.mark.django_db
def test_administrator_sees_the_hide_button_and_members_do_not(
    client, member, administrator, post, make_comment
):
    comment = make_comment(author=member, target=post)
    hide_url = f"/commentaires/{comment.pk}/masquer/"

    client.force_login(member)
    as_member = client.get(post.url).content.decode()
    client.force_login(administrator)
    as_admin = client.get(post.url).content.decode()

    assert hide_url not in as_member
    assert hide_url in as_admin


@pytest.mark.django_db
def test_administrator_group_holds_the_moderation_permissions():
    codenames = set(
        Group.objects.get(name=roles.ADMINISTRATOR)
        .permissions.filter(content_type__app_label="comments")
        .values_list("codename", flat=True)
    )

    assert codenames == {"view_comment", "hide_comment"}
    assert not Group.objects.get(name=roles.EDITOR).permissions.filter(
        content_type__app_label="comments"
    )
