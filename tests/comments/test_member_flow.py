"""A member posts, edits and deletes a comment; another replies — through the pages."""

import pytest

from comments.models import Comment


def _create_url(post):
    return f"/commentaires/{post.content_type_id}/{post.pk}/"


@pytest.mark.django_db
def test_member_posts_a_comment_and_lands_on_it(member_client, member, post):
    response = member_client.post(_create_url(post), {"text": "Très utile, merci !"})

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{post.url}#commentaire-{comment.pk}"
    assert comment.author == member
    page = member_client.get(post.url).content.decode()
    assert f'id="commentaire-{comment.pk}"' in page
    assert "Très utile, merci !" in page
    assert "Votre commentaire a été publié." in page


@pytest.mark.django_db
def test_member_edits_own_comment(member_client, member, post, make_comment):
    comment = make_comment(author=member, target=post, text="Premier jet")

    form = member_client.get(f"/commentaires/{comment.pk}/modifier/")
    response = member_client.post(
        f"/commentaires/{comment.pk}/modifier/", {"text": "Version corrigée"}
    )

    assert "Premier jet" in form.content.decode()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#commentaire-{comment.pk}")
    comment.refresh_from_db()
    assert comment.text == "Version corrigée"
    assert comment.edited_at is not None
    page = member_client.get(post.url).content.decode()
    assert "Version corrigée" in page
    assert "Premier jet" not in page
    assert "modifié" in page


@pytest.mark.django_db
def test_member_deletes_own_comment(member_client, member, post, make_comment):
    comment = make_comment(author=member, target=post, text="À effacer")

    confirm = member_client.get(f"/commentaires/{comment.pk}/supprimer/")
    response = member_client.post(f"/commentaires/{comment.pk}/supprimer/")

    assert "Voulez-vous vraiment supprimer ce commentaire" in confirm.content.decode()
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.DELETED
    assert comment.text == ""
    page = member_client.get(post.url).content.decode()
    assert "À effacer" not in page
    assert f'id="commentaire-{comment.pk}"' not in page


@pytest.mark.django_db
def test_another_member_replies(client, member, make_user, post, make_comment):
    question = make_comment(author=member, target=post, text="Une question ?")
    other = make_user(username="abernard", first_name="Anne", last_name="Bernard")
    client.force_login(other)

    response = client.post(
        _create_url(post), {"text": "Voici la réponse.", "parent": question.pk}
    )

    reply = Comment.objects.get(author=other)
    assert response["Location"].endswith(f"#commentaire-{reply.pk}")
    assert reply.parent == question
    page = client.get(post.url).content.decode()
    replies = page.split(f'id="commentaire-{question.pk}"')[1]
    assert "Voici la réponse." in replies
    assert "Anne Bernard" in replies


@pytest.mark.django_db
def test_reply_to_a_reply_joins_the_same_thread(
    member_client, member, post, make_comment
):
    question = make_comment(author=member, target=post)
    answer = make_comment(author=member, target=post, parent=question)

    member_client.post(_create_url(post), {"text": "Et encore", "parent": answer.pk})

    assert Comment.objects.get(text="Et encore").parent == question


@pytest.mark.django_db
def test_reply_form_page_works_without_javascript(
    member_client, member, post, make_comment
):
    question = make_comment(author=member, target=post, text="Une question ?")

    response = member_client.get(f"{_create_url(post)}?parent={question.pk}")

    content = response.content.decode()
    assert response.status_code == 200
    assert "Répondre à un commentaire" in content
    assert f'name="parent" value="{question.pk}"' in content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   \n  ", "Votre commentaire est vide."),
        ("a" * 5001, "Votre commentaire est trop long"),
    ],
)
def test_refused_text_is_given_back_with_a_french_message(
    member_client, post, text, message
):
    response = member_client.post(_create_url(post), {"text": text})

    content = response.content.decode()
    assert response.status_code == 200
    assert message in content
    assert Comment.objects.count() == 0
    if text.strip():
        assert text in content


@pytest.mark.django_db
def test_refused_edit_keeps_the_typed_text(member_client, member, post, make_comment):
    comment = make_comment(author=member, target=post, text="Court")

    response = member_client.post(
        f"/commentaires/{comment.pk}/modifier/", {"text": "b" * 5001}
    )

    assert "Votre commentaire est trop long" in response.content.decode()
    assert "b" * 5001 in response.content.decode()
    comment.refresh_from_db()
    assert comment.text == "Court"


@pytest.mark.django_db
def test_permalink_redirects_to_the_comment_anchor(
    member_client, member, post, make_comment
):
    comment = make_comment(author=member, target=post)

    response = member_client.get(comment.get_absolute_url())

    assert response.status_code == 302
    assert response["Location"] == f"{post.url}#commentaire-{comment.pk}"
