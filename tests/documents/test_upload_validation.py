import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from documents.models import LibraryDocument, ProcessingStatus
from documents.services import document_create
from tests.documents import factories

ADD_URL = reverse("wagtaildocs:add")
ADD_MULTIPLE_URL = reverse("wagtaildocs:add_multiple")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def _post_upload(client, collection, content, name, **extra):
    return client.post(
        ADD_URL,
        {
            "title": "Téléversé",
            "collection": collection.pk,
            "file": factories.upload(content, name),
            "description": "Une description",
            **extra,
        },
    )


@pytest.mark.django_db
def test_editor_uploads_a_pdf_through_the_admin(
    editor_client, editor, collection, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post_upload(
            editor_client,
            collection,
            factories.pdf_bytes(["Page un", "Page deux"]),
            "Compte rendu été.pdf",
        )

    assert response.status_code == 302
    document = LibraryDocument.objects.get()
    assert document.collection == collection
    assert document.uploaded_by_user == editor
    assert document.description == "Une description"
    assert document.original_filename == "Compte rendu été.pdf"
    assert document.processing_status == ProcessingStatus.READY
    assert document.page_count == 2
    assert document.preview


@pytest.mark.django_db
def test_editor_uploads_several_files_at_once(
    editor_client, collection, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            ADD_MULTIPLE_URL,
            {
                "collection": collection.pk,
                "files[]": factories.upload(
                    factories.docx_bytes(["Note"]), "note.docx"
                ),
            },
        )

    assert response.status_code == 200
    assert json.loads(response.content)["success"] is True
    document = LibraryDocument.objects.get()
    assert document.original_filename == "note.docx"
    assert document.extracted_text == "Note"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (
            b"MZ\x90\x00 not allowed",
            "outil.exe",
            "Les fichiers de type « exe » ne sont pas acceptés",
        ),
        (
            b"<html>not a pdf</html>",
            "faux.pdf",
            "ne correspond pas à son extension « pdf »",
        ),
        (
            factories.png_bytes(),
            "image.pdf",
            "ne correspond pas à son extension « pdf »",
        ),
        (
            b"PK\x03\x04 not a zip",
            "faux.docx",
            "ne correspond pas à son extension « docx »",
        ),
        (
            factories.docx_bytes(),
            "tableur.xlsx",
            "ne correspond pas à son extension « xlsx »",
        ),
        (
            factories.pdf_bytes(),
            "photo.jpg",
            "ne correspond pas à son extension « jpg »",
        ),
        (
            b"\x00\x01\x02binary",
            "notes.txt",
            "ne correspond pas à son extension « txt »",
        ),
    ],
    ids=[
        "exe",
        "html-as-pdf",
        "png-as-pdf",
        "fake-docx",
        "docx-as-xlsx",
        "pdf-as-jpg",
        "binary-txt",
    ],
)
def test_admin_refuses_files_with_a_french_message(
    editor_client, collection, content, name, message
):
    response = _post_upload(editor_client, collection, content, name)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not LibraryDocument.objects.exists()


@pytest.mark.django_db
def test_admin_refuses_an_oversized_file(editor_client, collection, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10_000

    response = _post_upload(
        editor_client, collection, factories.png_bytes((2000, 2000)), "grande.png"
    )

    assert response.status_code == 200
    assert "trop" in response.content.decode()
    assert not LibraryDocument.objects.exists()


@pytest.mark.django_db
def test_multiple_upload_refuses_a_fake_pdf(editor_client, collection):
    response = editor_client.post(
        ADD_MULTIPLE_URL,
        {"collection": collection.pk, "files[]": factories.upload(b"MZ...", "x.pdf")},
    )

    data = json.loads(response.content)
    assert data["success"] is False
    assert "ne correspond pas" in data["error_message"]
    assert not LibraryDocument.objects.exists()


@pytest.mark.django_db
def test_service_applies_the_same_checks(collection, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100

    with pytest.raises(ValidationError) as oversized:
        document_create(
            title="Gros",
            file=factories.upload(b"%PDF-" + b"x" * 200, "gros.pdf"),
            collection=collection,
        )
    with pytest.raises(ValidationError) as executable:
        document_create(
            title="Exe", file=factories.upload(b"MZ", "a.exe"), collection=collection
        )

    assert "trop volumineux" in oversized.value.messages[0]
    assert "« exe » ne sont pas acceptés" in executable.value.messages[0]
    assert not LibraryDocument.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name"),
    [
        (factories.pdf_bytes(password="secret"), "chiffre.pdf"),
        (b"%PDF-1.4\ncorrupt", "abime.pdf"),
        (factories.xlsx_bytes(), "tableau.xlsx"),
        (factories.pptx_bytes(), "slides.pptx"),
        (factories.odt_bytes(), "cr.odt"),
        (factories.png_bytes(), "photo.png"),
        (b"Nom;Ville\nDupont;Lyon", "liste.csv"),
    ],
)
def test_admin_accepts_real_files_even_unreadable_ones(
    editor_client, collection, content, name, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post_upload(editor_client, collection, content, name)

    assert response.status_code == 302
    assert LibraryDocument.objects.filter(original_filename=name).exists()


@pytest.mark.django_db
def test_member_cannot_reach_the_upload_form(member_client):
    response = member_client.get(ADD_URL)

    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_editor_replaces_a_file_through_the_admin(
    editor_client, add_document, collection, django_capture_on_commit_callbacks
):
    from documents.signals import document_published

    document = add_document(factories.pdf_bytes(["Ancienne version"]), "note.pdf")
    received = []

    def receiver(sender, document, created, **kwargs):
        received.append((document.pk, created))

    document_published.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = editor_client.post(
                reverse("wagtaildocs:edit", args=[document.pk]),
                {
                    "title": "Note v2",
                    "collection": collection.pk,
                    "description": "",
                    "file": factories.upload(
                        factories.pdf_bytes(["Nouvelle version", "Annexe"]),
                        "note v2.pdf",
                    ),
                },
            )
    finally:
        document_published.disconnect(receiver)

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.original_filename == "note v2.pdf"
    assert document.page_count == 2
    assert "Nouvelle version" in document.extracted_text
    assert received == [(document.pk, False)]


def test_original_file_name_keeps_no_path_or_control_character():
    from documents.validation import clean_original_filename

    assert clean_original_filename("C:\\Users\\k\\Rapport final.pdf") == (
        "Rapport final.pdf"
    )
    assert clean_original_filename("../../etc/passwd\n.txt") == "passwd.txt"
    assert clean_original_filename("Été 2026.docx") == "Été 2026.docx"
