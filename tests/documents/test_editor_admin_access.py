"""Editors reach in the admin only the documents and images they may view.

The Éditeur group holds its collection permissions on the root collection;
a collection restricted to administrators must stay out of their listings,
edit views, choosers and of the collection field they move documents with.
"""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from documents.models import LibraryDocument
from tests.documents import factories


@pytest.fixture
def secret(add_document, private_collection):
    return add_document(
        factories.pdf_bytes(["Ordre du jour du comité"]),
        "comite.pdf",
        title="Budget confidentiel",
        description="Arbitrages du comité de pilotage",
        into=private_collection,
    )


@pytest.fixture
def public(add_document):
    return add_document(factories.pdf_bytes(), "guide.pdf", title="Guide public")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.django_db
def test_editor_does_not_list_documents_of_a_collection_restricted_to_administrators(
    editor_client, secret, public
):
    response = editor_client.get("/admin/documents/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Guide public" in html
    assert "Budget confidentiel" not in html
    assert "Arbitrages du comité" not in html


@pytest.mark.django_db
def test_editor_cannot_open_edit_or_declassify_such_a_document(
    editor_client, secret, collection
):
    url = f"/admin/documents/edit/{secret.pk}/"

    opened = editor_client.get(url)
    moved = editor_client.post(
        url,
        {"title": secret.title, "collection": collection.pk, "description": ""},
    )

    assert opened.status_code in (302, 403)
    assert "Arbitrages du comité" not in opened.content.decode()
    assert moved.status_code in (302, 403)
    secret.refresh_from_db()
    assert secret.collection.name == "Comité de pilotage"


@pytest.mark.django_db
def test_editor_cannot_move_a_document_into_a_restricted_collection(
    editor_client, public, private_collection
):
    response = editor_client.post(
        f"/admin/documents/edit/{public.pk}/",
        {
            "title": public.title,
            "collection": private_collection.pk,
            "description": "",
        },
    )

    assert response.status_code == 200  # the form again, with an error
    public.refresh_from_db()
    assert public.collection.name == "Documents utiles"


@pytest.mark.django_db
def test_document_chooser_of_the_page_editor_leaves_them_out(
    editor_client, secret, public
):
    response = editor_client.get("/admin/documents/chooser/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Guide public" in html
    assert "Budget confidentiel" not in html
    chosen = editor_client.get(f"/admin/documents/chooser/{secret.pk}/")
    assert chosen.status_code in (403, 404)


@pytest.mark.django_db
def test_administrator_still_manages_them(client, administrator, secret):
    client.force_login(administrator)

    listing = client.get("/admin/documents/")
    edit = client.get(f"/admin/documents/edit/{secret.pk}/")

    assert "Budget confidentiel" in listing.content.decode()
    assert edit.status_code == 200


@pytest.mark.django_db
def test_editor_does_not_list_images_of_a_restricted_collection(
    editor_client, private_collection, collection
):
    Image = get_image_model()
    Image.objects.create(
        title="Photo du comité",
        file=get_test_image_file(filename="comite.png"),
        collection=private_collection,
    )
    Image.objects.create(
        title="Photo publique",
        file=get_test_image_file(filename="public.png"),
        collection=collection,
    )

    html = editor_client.get("/admin/images/").content.decode()

    assert "Photo publique" in html
    assert "Photo du comité" not in html
    assert LibraryDocument.objects.count() == 0
