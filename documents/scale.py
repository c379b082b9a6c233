"""Scale data: small generated PDFs in a few collections, processed like uploads.

Each file is written to storage and inserted in bulk (no announcement), then
`document_process` extracts its text and page count and renders its previews,
as the library does for an upload.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from wagtail.models import Collection

from documents.demo import _pdf
from documents.models import FileType, LibraryDocument, ProcessingStatus
from documents.services import document_process
from home.scale import bulk_insert, historic_dates

SCALE_ORDER = 24
COUNTS = {"documents": 2000}
COLLECTIONS = [
    "Guides et tutoriels",
    "Supports de webinaires",
    "Textes réglementaires",
    "Comptes rendus",
    "Plaquettes de communication",
]


def _collections() -> list:
    """The library's open collections (those the migrations made), or new ones."""
    root = Collection.get_first_root_node()
    existing = list(root.get_children().filter(view_restrictions__isnull=True))
    if existing:
        return existing
    for name in sorted(COLLECTIONS):
        Collection.get_first_root_node().add_child(name=name)
    return list(Collection.get_first_root_node().get_children())


def _document(ctx, collection, storage, number: int) -> LibraryDocument:
    title = ctx.title()
    pages = [
        [title[:60], *(ctx.paragraph(3) for _ in range(ctx.rng.randint(1, 3)))]
        for _ in range(ctx.rng.randint(1, 3))
    ]
    content = _pdf(pages)
    filename = f"document-{number}.pdf"
    name = storage.save(f"documents/{filename}", ContentFile(content))
    return LibraryDocument(
        title=title,
        file=name,
        collection=collection,
        uploaded_by_user_id=ctx.member_id(),
        description=ctx.sentence(),
        original_filename=filename,
        file_type=FileType.PDF,
        file_size=len(content),
        file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
        announced_file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
        processing_status=ProcessingStatus.PENDING,
        created_at=ctx.past(),
    )


def generate(ctx) -> None:
    collections = _collections()
    storage = LibraryDocument._meta.get_field("file").storage
    total = ctx.count("documents")
    bar = ctx.progress("document files", total)
    rows = []
    for number in range(total):
        rows.append(_document(ctx, ctx.rng.choice(collections), storage, number))
        bar.advance()
    with historic_dates(LibraryDocument):
        documents = bulk_insert(ctx, "documents", LibraryDocument, rows, total)
    bar = ctx.progress("document processing", total)
    for document in documents:
        document_process(document=document)
        bar.advance()
    ctx.targets["documents"] = {
        "content_type_id": ContentType.objects.get_for_model(LibraryDocument).pk,
        "ids": [document.pk for document in documents],
        "titles": {document.pk: document.title for document in documents},
        "urls": {document.pk: f"/documents/{document.pk}/" for document in documents},
    }
    ctx.figures["document"] = documents[0].pk
