"""A hostile file cannot take the server down: it ends up "illisible", quickly.

Office packages that inflate to hundreds of megabytes and images of hundreds of
millions of pixels are refused before anything is inflated or decoded; what
gets past those caps still runs in a child process whose memory is limited.
"""

import resource
import time

import pytest

from documents.models import ProcessingStatus, UnreadableReason
from tests.documents import factories, hostile

TOO_LARGE_MESSAGE = "trop volumineux ou trop complexe"


def _assert_refused_quickly(document, started):
    assert document.processing_status == ProcessingStatus.UNREADABLE
    assert document.unreadable_reason == UnreadableReason.TOO_LARGE
    assert document.extracted_text == ""
    assert not document.preview
    assert time.monotonic() - started < 30


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("build", "name"),
    [
        (hostile.odt_bomb, "bombe.odt"),
        (hostile.docx_bomb, "bombe.docx"),
        (hostile.xlsx_bomb, "bombe.xlsx"),
        (hostile.odt_of_many_members, "membres.odt"),
    ],
)
def test_a_zip_bomb_is_marked_unreadable_without_being_inflated(
    add_document, build, name
):
    content = build()
    assert len(content) < 2 * hostile.MB
    started = time.monotonic()

    document = add_document(content, name)

    _assert_refused_quickly(document, started)


@pytest.mark.django_db
def test_an_image_of_169_million_pixels_is_not_decoded(add_document):
    content = hostile.png_bomb(13000, 13000)
    started = time.monotonic()

    document = add_document(content, "plan.png")

    _assert_refused_quickly(document, started)


@pytest.mark.django_db
def test_what_passes_the_caps_is_stopped_by_the_child_memory_limit(
    add_document, settings
):
    # 39 million RGBA pixels: under the pixel cap, but decoding and flattening
    # them takes several hundred megabytes.
    settings.DOCUMENTS_PROCESSING_MAX_MEMORY = 256 * hostile.MB
    content = hostile.png_bomb(6200, 6200, channels=4)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()

    document = add_document(content, "plan.png")

    _assert_refused_quickly(document, started)
    # The server process itself decoded nothing (ru_maxrss is in kilobytes).
    peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak_after - peak_before < 100 * 1024


@pytest.mark.django_db
def test_the_editor_reads_why_on_the_document_page(client, editor, add_document):
    document = add_document(hostile.odt_bomb(), "bombe.odt", title="Bombe")
    client.force_login(editor)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 200
    assert TOO_LARGE_MESSAGE in response.content.decode()


@pytest.mark.django_db
def test_an_ordinary_file_is_still_read_in_the_child(add_document):
    document = add_document(factories.odt_bytes(), "cr.odt")

    assert document.processing_status == ProcessingStatus.READY
    assert document.unreadable_reason == ""
    assert "Atelier de recette" in document.extracted_text
