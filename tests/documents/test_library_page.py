import re

import pytest
from django.urls import reverse
from wagtail.models import Collection

from documents.models import FileType, LibraryDocument, ProcessingStatus
from tests.documents import factories


@pytest.mark.django_db
def test_card_shows_thumbnail_title_type_size_and_date(
    add_document, member_client, library
):
    document = add_document(
        factories.pdf_bytes(["Plaquette"]), "plaquette.pdf", title="Plaquette 2026"
    )

    html = member_client.get(library.url).content.decode()

    thumbnail = reverse("documents:thumbnail", args=[document.pk])
    assert f'src="{thumbnail}?v={document.preview_version}"' in html
    assert f'href="{document.get_absolute_url()}">Plaquette 2026</a>' in html
    assert "fr-icon-file-pdf-line" in html
    assert "PDF – " in html
    assert "ajouté le" in html
    # The thumbnail the card points to is a real image.
    image = member_client.get(thumbnail)
    assert b"".join(image.streaming_content).startswith(b"\xff\xd8\xff")


@pytest.mark.django_db
def test_collections_are_sections_in_tree_order(
    add_document, member_client, library, collection, other_collection
):
    add_document(factories.pdf_bytes(), "utile.pdf", title="Utile", into=collection)
    add_document(
        factories.pdf_bytes(),
        "recette.pdf",
        title="Recette lot 1",
        into=other_collection,
    )

    html = member_client.get(library.url).content.decode()

    headings = re.findall(r'<h2 id="collection-\d+">([^<]+)</h2>', html)
    assert headings == ["Documents utiles", "Recette"]


@pytest.mark.django_db
def test_document_being_processed_says_so(member_client, library, collection):
    from documents.services import document_create

    document_create(
        title="Tout juste arrivé",
        file=factories.upload(factories.pdf_bytes(), "neuf.pdf"),
        collection=collection,
    )

    html = member_client.get(library.url).content.decode()

    assert "Tout juste arrivé" in html
    assert "En cours de traitement" in html


@pytest.mark.django_db
def test_filters_by_collection_and_type(
    add_document, member_client, library, collection, other_collection
):
    add_document(factories.pdf_bytes(), "a.pdf", title="PDF utile", into=collection)
    add_document(factories.docx_bytes(), "b.docx", title="Note utile", into=collection)
    add_document(
        factories.pdf_bytes(), "c.pdf", title="PDF recette", into=other_collection
    )

    by_collection = member_client.get(library.url, {"collection": other_collection.pk})
    by_type = member_client.get(library.url, {"type": FileType.TEXT})
    both = member_client.get(library.url, {"collection": collection.pk, "type": "pdf"})

    assert _titles(by_collection) == ["PDF recette"]
    assert _titles(by_type) == ["Note utile"]
    assert _titles(both) == ["PDF utile"]


@pytest.mark.django_db
def test_sorts_by_date_or_title(add_document, member_client, library):
    add_document(factories.pdf_bytes(), "b.pdf", title="Bêta")
    add_document(factories.pdf_bytes(), "a.pdf", title="Alpha")
    add_document(factories.pdf_bytes(), "c.pdf", title="Gamma")

    assert _titles(member_client.get(library.url)) == ["Gamma", "Alpha", "Bêta"]
    assert _titles(member_client.get(library.url, {"sort": "oldest"})) == [
        "Bêta",
        "Alpha",
        "Gamma",
    ]
    assert _titles(member_client.get(library.url, {"sort": "title"})) == [
        "Alpha",
        "Bêta",
        "Gamma",
    ]


@pytest.mark.django_db
def test_search_finds_documents_by_their_extracted_text(
    add_document, member_client, library
):
    add_document(
        factories.pdf_bytes(["Le guichet numérique des permis"]),
        "a.pdf",
        title="Plaquette",
    )
    add_document(
        factories.docx_bytes(["Consultation des services"]), "b.docx", title="Note"
    )

    response = member_client.get(library.url, {"q": "guichet"})

    assert _titles(response) == ["Plaquette"]
    assert "1 document trouvé pour « guichet »" in response.content.decode()


@pytest.mark.django_db
def test_search_with_filters_and_title_order(
    add_document, member_client, library, other_collection
):
    add_document(
        factories.pdf_bytes(["recette du lot"]), "z.pdf", title="Zèbre recette"
    )
    add_document(
        factories.pdf_bytes(["recette du lot"]), "a.pdf", title="Abeille recette"
    )
    add_document(
        factories.pdf_bytes(["recette du lot"]),
        "r.pdf",
        title="Ailleurs",
        into=other_collection,
    )

    response = member_client.get(
        library.url, {"q": "recette", "sort": "title", "type": "pdf", "collection": ""}
    )
    only_recette = member_client.get(
        library.url, {"q": "recette", "collection": other_collection.pk}
    )

    assert _titles(response) == ["Abeille recette", "Ailleurs", "Zèbre recette"]
    assert _titles(only_recette) == ["Ailleurs"]


@pytest.mark.django_db
def test_invalid_filters_are_ignored(add_document, member_client, library):
    add_document(factories.pdf_bytes(), "a.pdf", title="Seul")

    response = member_client.get(
        library.url, {"collection": "abc", "type": "exe", "page": "x"}
    )

    assert response.status_code == 200
    assert _titles(response) == ["Seul"]


@pytest.mark.django_db
def test_pagination_keeps_the_filters(member_client, library, collection):
    _bulk_documents(30, collection)

    first = member_client.get(library.url, {"type": "pdf"})
    second = member_client.get(library.url, {"type": "pdf", "page": 2})

    assert len(_titles(first)) == 24
    assert len(_titles(second)) == 6
    assert "type=pdf&amp;page=2" in first.content.decode()


@pytest.mark.django_db
def test_library_renders_in_a_bounded_number_of_queries(
    member_client,
    library,
    collection,
    other_collection,
    private_collection,
    django_assert_max_num_queries,
):
    _bulk_documents(2, collection)
    member_client.get(library.url)  # warm the site and session caches
    with django_assert_max_num_queries(25) as few:
        small = member_client.get(library.url)

    _bulk_documents(250, collection, start=2)
    _bulk_documents(248, other_collection, start=252)
    assert LibraryDocument.objects.count() == 500
    with django_assert_max_num_queries(25) as many:
        large = member_client.get(library.url)

    assert small.status_code == large.status_code == 200
    assert len(_titles(large)) == 24
    assert len(many.captured_queries) == len(few.captured_queries)


def _bulk_documents(count: int, collection: Collection, start: int = 0) -> None:
    """Rows without files or processing: enough to measure listing costs."""
    LibraryDocument.objects.bulk_create(
        LibraryDocument(
            title=f"Document {number:04d}",
            file=f"documents/document-{number}.pdf",
            collection=collection,
            file_size=1234,
            file_type=FileType.PDF,
            processing_status=ProcessingStatus.READY,
            thumbnail=f"documents/previews/{number}-vignette.jpg",
        )
        for number in range(start, start + count)
    )


def _titles(response) -> list[str]:
    return re.findall(
        r'<h3 class="fr-card__title"><a href="[^"]+">([^<]+)</a>',
        response.content.decode(),
    )
