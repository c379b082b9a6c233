"""A library document always belongs to a real collection, never to the root."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Collection

from documents.models import LibraryDocument
from documents.services import document_create
from tests.documents import factories


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def _options(html):
    select = re.search(r'<select name="collection".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="(\d+)"([^>]*)>', select)


@pytest.mark.django_db
def test_upload_form_offers_programme_collections_first_one_chosen(editor_client):
    html = editor_client.get(reverse("wagtaildocs:add")).content.decode()

    options = _options(html)
    root = Collection.get_first_root_node()
    first = Collection.objects.filter(depth=2).order_by("path").first()
    assert str(root.pk) not in [value for value, _ in options]
    assert [value for value, attrs in options if "selected" in attrs] == [str(first.pk)]
    assert "Root" not in html


@pytest.mark.django_db
def test_upload_into_the_root_collection_is_refused(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Vrac",
            "collection": Collection.get_first_root_node().pk,
            "description": "",
            "file": factories.upload(factories.pdf_bytes(), "vrac.pdf"),
        },
    )

    assert response.status_code == 200
    assert not LibraryDocument.objects.exists()


@pytest.mark.django_db
def test_service_refuses_the_root_collection(db):
    with pytest.raises(ValidationError, match="Choisissez une collection"):
        document_create(
            title="Vrac",
            file=factories.upload(factories.pdf_bytes(), "vrac.pdf"),
            collection=Collection.get_first_root_node(),
        )


@pytest.mark.django_db
def test_root_collection_reads_in_french(client, administrator):
    client.force_login(administrator)
    response = client.get(reverse("wagtaildocs:add_multiple"))
    html = response.content.decode()

    assert response.status_code == 200
    assert "Racine" in html
    assert "Root" not in html
