"""Members comment under a document's enlarged view, with the comments app."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from comments.models import Comment
from comments.services import comment_create
from documents.models import LibraryDocument
from tests.documents import factories


@pytest.fixture
def document(add_document):
    return add_document(factories.pdf_bytes(["Webinaire"]), "webinaire.pdf")


def _post_url(document):
    content_type = ContentType.objects.get_for_model(LibraryDocument)
    return reverse("comments:create", args=[content_type.pk, document.pk])


@pytest.mark.django_db
def test_display_shows_the_comments_form(document, member_client):
    html = member_client.get(document.display_url).content.decode()

    assert 'id="commentaires"' in html
    assert f'action="{_post_url(document)}"' in html
    assert "Ajouter un commentaire" in html


@pytest.mark.django_db
def test_member_comments_a_document_and_sees_it_inert(
    document, member_client, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            _post_url(document), {"text": "Merci ! <script>alert(1)</script>"}
        )

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{document.display_url}#{comment.anchor}"
    assert comment.author == member
    html = member_client.get(document.display_url).content.decode()
    assert "Merci !" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.django_db
def test_outsider_cannot_comment_a_private_document(
    add_document, private_collection, member_client
):
    secret = add_document(
        factories.pdf_bytes(["Secret"]), "secret.pdf", into=private_collection
    )

    response = member_client.post(_post_url(secret), {"text": "Je passe par là."})

    assert response.status_code == 404
    assert not Comment.objects.exists()


@pytest.mark.django_db
def test_comments_render_in_a_constant_number_of_queries(
    document, member_client, make_user, django_assert_max_num_queries
):
    authors = [make_user() for _ in range(3)]

    def add_comments(start, count):
        for number in range(start, start + count):
            comment_create(
                author=authors[number % 3],
                target=document,
                text=f"Commentaire {number}",
                check_flood=False,
            )

    add_comments(0, 3)
    member_client.get(document.display_url)
    with django_assert_max_num_queries(20) as few:
        member_client.get(document.display_url)
    add_comments(3, 57)
    with django_assert_max_num_queries(20) as many:
        html = member_client.get(document.display_url).content.decode()

    assert "Commentaire 59" in html
    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.django_db
def test_deleting_a_document_deletes_its_comments(document, member):
    comment_create(
        author=member, target=document, text="Bientôt parti.", check_flood=False
    )

    document.delete()

    assert not Comment.objects.exists()


@pytest.mark.django_db
def test_document_page_leads_to_the_comments(document, member_client, member):
    first = member_client.get(document.get_absolute_url()).content.decode()
    comment_create(author=member, target=document, text="Utile.", check_flood=False)
    comment_create(author=member, target=document, text="Merci.", check_flood=False)
    second = member_client.get(document.get_absolute_url()).content.decode()

    link = f'href="{document.display_url}#commentaires">'
    assert f"{link}Commenter ce document</a>" in first
    assert f"{link}2 commentaires</a>" in second
