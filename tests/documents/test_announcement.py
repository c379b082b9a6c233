"""Members hear of a document once the editor has saved its details."""

import json

import pytest
from django.urls import reverse

from documents.models import LibraryDocument
from notifications.models import Notification
from tests.documents import factories


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def _announcements(member):
    return [
        notification.event.target_title
        for notification in Notification.objects.filter(recipient=member)
        .select_related("event")
        .order_by("pk")
    ]


@pytest.mark.django_db
def test_multiple_upload_waits_for_the_details_and_uses_the_real_title(
    editor_client, member, collection, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtaildocs:add_multiple"),
            {
                "title": "fiche-atelier-nantes",
                "collection": collection.pk,
                "files[]": factories.upload(
                    factories.pdf_bytes(["Atelier"]), "fiche-atelier-nantes.pdf"
                ),
            },
        )
    assert json.loads(response.content)["success"] is True
    document = LibraryDocument.objects.get()
    assert _announcements(member) == []

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtaildocs:edit_multiple", args=[document.pk]),
            {
                f"doc-{document.pk}-title": "Fiche de l'atelier de Nantes",
                f"doc-{document.pk}-description": "Le déroulé de l'atelier.",
                f"doc-{document.pk}-collection": collection.pk,
                f"doc-{document.pk}-tags": "",
            },
        )
    assert json.loads(response.content)["success"] is True
    assert _announcements(member) == ["Fiche de l'atelier de Nantes"]


@pytest.mark.django_db
def test_single_upload_announces_once_and_a_new_file_says_updated(
    editor_client, member, collection, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Guide de démarrage",
                "collection": collection.pk,
                "description": "",
                "file": factories.upload(factories.pdf_bytes(["v1"]), "guide.pdf"),
            },
        )
    assert response.status_code == 302
    document = LibraryDocument.objects.get()
    edit_url = reverse("wagtaildocs:edit", args=[document.pk])

    # A new title alone is no news.
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            edit_url,
            {"title": "Guide", "collection": collection.pk, "description": "Court"},
        )
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            edit_url,
            {
                "title": "Guide",
                "collection": collection.pk,
                "description": "Court",
                "file": factories.upload(factories.pdf_bytes(["v2"]), "guide-v2.pdf"),
            },
        )
    assert response.status_code == 302

    assert _announcements(member) == [
        "Guide de démarrage",
        "Guide (mis à jour)",
    ]
