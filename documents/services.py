"""Writes of the library: adding documents and processing their files."""

import contextlib
import logging
import os
import shutil
import tempfile
from functools import partial

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.utils.file import hash_filelike

from documents import sandbox
from documents.models import (
    LibraryDocument,
    ProcessingStatus,
    UnreadableReason,
    file_type_for_extension,
)
from documents.signals import document_published
from documents.tasks import document_process_task
from documents.validation import clean_original_filename, validate_document_upload

logger = logging.getLogger(__name__)

PROCESSING_FIELDS = [
    "file_type",
    "processing_status",
    "unreadable_reason",
    "processed_at",
    "processed_file_hash",
    "extracted_text",
    "page_count",
    "preview",
    "thumbnail",
]


@transaction.atomic
def document_create(
    *,
    title: str,
    file,
    collection,
    uploaded_by=None,
    description: str = "",
) -> LibraryDocument:
    """Add a file to the library after the upload checks; processing follows on commit.

    Raises ValidationError (French message) for a refused file or the root
    collection (members see the library by collection).
    """
    validate_document_upload(file)
    if collection.is_root():
        raise ValidationError(_("Choose a collection for this document."))
    document = LibraryDocument(
        title=title,
        collection=collection,
        uploaded_by_user=uploaded_by,
        description=description,
        original_filename=clean_original_filename(file.name),
        file_type=file_type_for_extension(os.path.splitext(file.name)[1][1:]),
    )
    file.seek(0)
    document.file_hash = hash_filelike(file)
    document.file_size = file.size
    file.seek(0)
    document.file.save(file.name, file, save=False)
    document.save()
    document_announce(document=document)
    return document


@transaction.atomic
def document_announce(*, document: LibraryDocument) -> bool:
    """Announce a document whose details the editor has just saved.

    Sends `document_published` after commit when its current file was never
    announced (new document, or new file of an existing one); returns whether
    it did. Saving the title or description again announces nothing.
    """
    if not document.file_hash or document.file_hash == document.announced_file_hash:
        return False
    created = not document.announced_file_hash
    LibraryDocument.objects.filter(pk=document.pk).update(
        announced_file_hash=document.file_hash
    )
    document.announced_file_hash = document.file_hash
    transaction.on_commit(
        partial(
            document_published.send,
            sender=LibraryDocument,
            document=document,
            created=created,
        )
    )
    return True


def document_schedule_processing(*, document: LibraryDocument, created: bool) -> None:
    """Mark the document as being processed and queue the work after commit."""
    file_type = file_type_for_extension(document.file_extension)
    LibraryDocument.objects.filter(pk=document.pk).update(
        processing_status=ProcessingStatus.PENDING, file_type=file_type
    )
    document.processing_status = ProcessingStatus.PENDING
    document.file_type = file_type
    transaction.on_commit(
        partial(document_process_task.enqueue, document.pk, created=created)
    )


def document_process(
    *,
    document: LibraryDocument,
    force: bool = False,
) -> bool:
    """Store the text, page count and previews of the document's current file.

    Does nothing (returns False) when that file was already processed, unless
    `force`. The file is read by a child process with memory and time limits
    (`documents.sandbox`); an unreadable file gets a placeholder, a reason the
    editor reads on the document's page and a logged warning.
    Announcing is `document_announce`'s job, when the details are saved.
    """
    try:
        file_hash = document.get_file_hash()
    except OSError:
        # A missing file: processed below as unreadable.
        file_hash = ""
    if (
        not force
        and document.processing_status != ProcessingStatus.PENDING
        and document.processed_file_hash == file_hash
    ):
        return False
    extension = document.file_extension.lower()
    try:
        with _local_path(document) as path:
            reading = sandbox.read_in_child(path, extension)
    except OSError as err:
        reading = sandbox.ChildReading(status=sandbox.DAMAGED, detail=str(err))
    if reading.status != sandbox.READY:
        logger.warning(
            "Document %s (%s) could not be read (%s), a placeholder is shown: %s",
            document.pk,
            document.filename,
            reading.status,
            reading.detail,
        )
    readable = reading.status == sandbox.READY
    previews = reading.previews

    with transaction.atomic():
        old_files = [field.name for field in (document.preview, document.thumbnail)]
        if previews:
            base = f"{document.pk}-{file_hash[:12]}"
            document.preview.save(f"{base}.jpg", ContentFile(previews[0]), save=False)
            document.thumbnail.save(
                f"{base}-vignette.jpg", ContentFile(previews[1]), save=False
            )
        else:
            document.preview = document.thumbnail = ""
        document.file_type = file_type_for_extension(extension)
        document.processing_status = (
            ProcessingStatus.READY if readable else ProcessingStatus.UNREADABLE
        )
        document.unreadable_reason = (
            ""
            if readable
            else UnreadableReason.TOO_LARGE
            if reading.status == sandbox.TOO_LARGE
            else UnreadableReason.DAMAGED
        )
        document.processed_at = timezone.now()
        document.processed_file_hash = file_hash
        document.extracted_text = reading.text
        document.page_count = reading.page_count
        document.save(update_fields=PROCESSING_FIELDS)
        stale = [name for name in old_files if name]
        if stale:
            storage = document.preview.storage
            transaction.on_commit(partial(_delete_files, storage, stale))
    return True


def _delete_files(storage, names: list[str]) -> None:
    for name in names:
        storage.delete(name)


@contextlib.contextmanager
def _local_path(document: LibraryDocument):
    """A path to the document's file on this machine (a temporary copy if remote)."""
    if document.is_stored_locally():
        yield document.file.path
        return
    suffix = f".{document.file_extension}"
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        with document.open_file() as source:
            shutil.copyfileobj(source, copy)
        copy.flush()
        yield copy.name
