"""Anonymous, forged and foreign writes are refused and change no row."""

import pytest
from django.test import Client

from comments.models import Comment


def _create_url(post):
    return f"/commentaires/{post.content_type_id}/{post.pk}/"


def _snapshot():
    return list(Comment.objects.order_by("pk").values_list("pk", "text", "status"))


@pytest.mark.django_db
def test_anonymous_post_is_sent_to_login(client, post):
    response = client.post(_create_url(post), {"text": "Spam"})

    assert response.status_code == 302
    assert response["Location"].startswith("/connexion/")
    assert Comment.objects.count() == 0


@pytest.mark.django_db
def test_post_without_csrf_token_is_refused(member, post):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post(_create_url(post), {"text": "Sans jeton"})

    assert response.status_code == 403
    assert Comment.objects.count() == 0


@pytest.mark.django_db
def test_edit_of_someone_elses_comment_is_refused(
    client, member, make_user, post, make_comment
):
    comment = make_comment(author=member, target=post, text="Mon texte")
    before = _snapshot()
    client.force_login(make_user(username="intrus"))

    form = client.get(f"/commentaires/{comment.pk}/modifier/")
    edit = client.post(f"/commentaires/{comment.pk}/modifier/", {"text": "Piraté"})
    delete = client.post(f"/commentaires/{comment.pk}/supprimer/")

    assert (form.status_code, edit.status_code, delete.status_code) == (403, 403, 403)
    assert _snapshot() == before


@pytest.mark.django_db
def test_member_cannot_hide_a_comment(client, member, make_user, post, make_comment):
    comment = make_comment(author=member, target=post)
    before = _snapshot()
    client.force_login(make_user(username="curieux"))

    response = client.post(f"/commentaires/{comment.pk}/masquer/", {"reason": "x"})

    assert response.status_code == 403
    assert _snapshot() == before


@pytest.mark.django_db
def test_comment_on_a_draft_or_unknown_target_is_refused(
    member_client, make_post, home_page
):
    draft = make_post("Brouillon", live=False)

    on_draft = member_client.post(_create_url(draft), {"text": "Trop tôt"})
    on_home = member_client.post(
        f"/commentaires/{home_page.content_type_id}/{home_page.pk}/", {"text": "Non"}
    )
    unknown = member_client.post("/commentaires/99999/1/", {"text": "Non"})

    assert (on_draft.status_code, on_home.status_code, unknown.status_code) == (
        404,
        404,
        404,
    )
    assert Comment.objects.count() == 0


@pytest.mark.django_db
def test_reply_to_a_comment_of_another_target_is_refused(
    member_client, member, make_post, make_comment
):
    first, second = make_post("Un"), make_post("Deux")
    elsewhere = make_comment(author=member, target=first)

    response = member_client.post(
        _create_url(second), {"text": "Hors sujet", "parent": elsewhere.pk}
    )

    assert response.status_code == 404
    assert Comment.objects.count() == 1
