"""A new or replaced document notifies the members who may see it."""

import pytest

from documents.services import document_announce
from home import roles
from notifications.models import Notification
from tests.documents import factories


@pytest.mark.django_db
def test_a_new_document_is_announced_to_members(
    member_client, member, make_user, add_document
):
    uploader = make_user(roles.EDITOR)

    document = add_document(
        title="Guide de l'instructeur",
        description="Les étapes.",
        uploaded_by=uploader,
    )

    notification = Notification.objects.get(recipient=member)
    assert notification.event.verb == "new_document"
    assert notification.event.target_url == document.get_absolute_url()
    assert notification.event.excerpt == "Les étapes."
    assert not Notification.objects.filter(recipient=uploader).exists()
    bell = member_client.get("/membres/").content.decode()
    assert "Document nouveau ou mis à jour : « Guide de l&#x27;instructeur »" in bell


@pytest.mark.django_db
def test_a_private_collection_is_announced_to_its_group_only(
    member, administrator, add_document, private_collection
):
    add_document(title="Relevé de décisions", into=private_collection)

    assert not Notification.objects.filter(recipient=member).exists()
    assert Notification.objects.filter(recipient=administrator).count() == 1


@pytest.mark.django_db
def test_a_new_file_is_announced_again_but_not_a_new_title(
    member, add_document, django_capture_on_commit_callbacks
):
    document = add_document(factories.pdf_bytes(["Version 1"]), "note.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Nouveau titre"
        document.save()
    assert Notification.objects.filter(recipient=member).count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        document.file.save(
            "note.pdf",
            factories.upload(factories.pdf_bytes(["Version 2"]), "note.pdf"),
            save=False,
        )
        document._set_document_file_metadata()
        document.save()
        # Announced once the editor saves the details of the new file.
        document_announce(document=document)

    titles = Notification.objects.filter(recipient=member).values_list(
        "event__target_title", flat=True
    )
    assert sorted(titles) == ["Nouveau titre (mis à jour)", "note"]
