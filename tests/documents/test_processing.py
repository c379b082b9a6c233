import logging

import pytest
from django.core.management import call_command
from PIL import Image

from documents.models import FileType, LibraryDocument, ProcessingStatus
from documents.services import document_announce
from documents.signals import document_published
from tests.documents import factories


@pytest.mark.django_db
def test_multi_page_pdf_gets_page_count_preview_and_text(add_document):
    document = add_document(
        factories.pdf_bytes(["Plaquette OSMOSE", "Deuxième page", "Annexe"]),
        "plaquette.pdf",
    )

    assert document.processing_status == ProcessingStatus.READY
    assert document.file_type == FileType.PDF
    assert document.page_count == 3
    assert "Plaquette OSMOSE" in document.extracted_text
    assert "Annexe" in document.extracted_text
    with document.preview.open("rb") as preview:
        image = Image.open(preview)
        assert image.format == "JPEG"
        assert image.width == 1200
        # A4 portrait: the first page, not a crop.
        assert image.height > image.width
    with document.thumbnail.open("rb") as thumbnail:
        assert Image.open(thumbnail).width == 480


@pytest.mark.django_db
def test_first_page_is_really_rendered(add_document):
    document = add_document(factories.pdf_bytes(["Texte noir"]), "page.pdf")

    with document.preview.open("rb") as preview:
        image = Image.open(preview).convert("L")
    darkest, lightest = image.getextrema()
    assert lightest > 240  # white paper
    assert darkest < 80  # and black text drawn on it


@pytest.mark.django_db
def test_docx_text_is_extracted(add_document):
    document = add_document(
        factories.docx_bytes(["Guide de démarrage", "Étape 1 : ouvrir le guichet"]),
        "guide.docx",
    )

    assert document.processing_status == ProcessingStatus.READY
    assert document.file_type == FileType.TEXT
    assert "Guide de démarrage" in document.extracted_text
    assert "Étape 1 : ouvrir le guichet" in document.extracted_text
    assert not document.preview


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name", "expected_text", "file_type", "pages"),
    [
        (
            factories.xlsx_bytes(),
            "tableau.xlsx",
            "Lyon\tMars",
            FileType.SPREADSHEET,
            None,
        ),
        (
            factories.pptx_bytes(),
            "slides.pptx",
            "Diapositive deux",
            FileType.PRESENTATION,
            2,
        ),
        (factories.odt_bytes(), "cr.odt", "Atelier de recette", FileType.TEXT, None),
        (
            b"Commune;Date\nLyon;mars",
            "liste.csv",
            "Lyon;mars",
            FileType.SPREADSHEET,
            None,
        ),
        (
            "Note en clair é".encode("cp1252"),
            "note.txt",
            "Note en clair é",
            FileType.TEXT,
            None,
        ),
    ],
)
def test_office_and_text_files_get_their_text(
    add_document, content, name, expected_text, file_type, pages
):
    document = add_document(content, name)

    assert document.processing_status == ProcessingStatus.READY
    assert expected_text in document.extracted_text
    assert document.file_type == file_type
    assert document.page_count == pages


@pytest.mark.django_db
def test_image_is_thumbnailed(add_document):
    document = add_document(factories.png_bytes((2400, 1200)), "affiche.png")

    assert document.file_type == FileType.IMAGE
    with document.thumbnail.open("rb") as thumbnail:
        assert Image.open(thumbnail).size == (480, 240)
    with document.preview.open("rb") as preview:
        assert Image.open(preview).size == (1200, 600)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name"),
    [
        (factories.pdf_bytes(["Confidentiel"], password="secret"), "chiffre.pdf"),
        (b"%PDF-1.7\nthis is not really a PDF body\n%%EOF", "abime.pdf"),
        (factories.png_bytes()[:60], "tronquee.png"),
    ],
    ids=["encrypted-pdf", "corrupt-pdf", "truncated-png"],
)
def test_unreadable_file_gets_placeholder_and_warning(
    add_document, caplog, content, name
):
    with caplog.at_level(logging.WARNING, logger="documents.services"):
        document = add_document(content, name)

    assert document.processing_status == ProcessingStatus.UNREADABLE
    assert not document.preview and not document.thumbnail
    assert document.extracted_text == ""
    assert f"Document {document.pk}" in caplog.text


@pytest.mark.django_db
def test_unreadable_file_pages_answer_without_error(
    add_document, member_client, library
):
    document = add_document(b"%PDF-1.7\nbroken", "abime.pdf")

    detail = member_client.get(document.get_absolute_url())
    display = member_client.get(document.display_url)

    assert detail.status_code == 200
    assert "n'a pas pu être lu" in detail.content.decode()
    assert display.status_code == 200


@pytest.mark.django_db
def test_new_document_is_pending_until_the_task_runs(collection):
    from documents.services import document_create

    document = document_create(
        title="En attente",
        file=factories.upload(factories.pdf_bytes(), "attente.pdf"),
        collection=collection,
    )

    # The transaction has not committed: the task has not run yet.
    document.refresh_from_db()
    assert document.processing_status == ProcessingStatus.PENDING
    assert document.extracted_text == ""


@pytest.mark.django_db
def test_published_signal_waits_for_saved_details_and_new_files_only(
    add_document, django_capture_on_commit_callbacks
):
    received = []

    def receiver(sender, document, created, **kwargs):
        received.append((document.pk, created))

    document_published.connect(receiver)
    try:
        document = add_document(factories.pdf_bytes(["Version 1"]), "note.pdf")
        with django_capture_on_commit_callbacks(execute=True):
            document.title = "Nouveau titre"
            document.save()
            document_announce(document=document)
        # A new file saved without its details (a bare upload) waits.
        with django_capture_on_commit_callbacks(execute=True):
            document.file.save(
                "note.pdf",
                factories.upload(factories.pdf_bytes(["Version 2"]), "note.pdf"),
                save=False,
            )
            document._set_document_file_metadata()
            document.save()
        assert received == [(document.pk, True)]
        with django_capture_on_commit_callbacks(execute=True):
            document_announce(document=document)
    finally:
        document_published.disconnect(receiver)

    assert received == [(document.pk, True), (document.pk, False)]
    document.refresh_from_db()
    assert "Version 2" in document.extracted_text


@pytest.mark.django_db
def test_reprocess_command_processes_every_document_again(add_document, capsys):
    first = add_document(factories.pdf_bytes(["Un"]), "un.pdf")
    second = add_document(factories.docx_bytes(["Deux"]), "deux.docx")
    LibraryDocument.objects.update(extracted_text="", page_count=None)

    call_command("reprocess_documents")

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.extracted_text == "Un" and first.page_count == 1
    assert second.extracted_text == "Deux"
    assert "2" in capsys.readouterr().out


@pytest.mark.django_db
def test_replacing_the_file_removes_the_old_previews(
    add_document, django_capture_on_commit_callbacks
):
    document = add_document(factories.pdf_bytes(["Avant"]), "avant.pdf")
    old_preview = document.preview.name
    storage = document.preview.storage

    with django_capture_on_commit_callbacks(execute=True):
        document.file.save(
            "apres.pdf",
            factories.upload(factories.pdf_bytes(["Après"]), "apres.pdf"),
            save=False,
        )
        document._set_document_file_metadata()
        document.save()

    document.refresh_from_db()
    assert document.preview.name != old_preview
    assert storage.exists(document.preview.name)
    assert not storage.exists(old_preview)
