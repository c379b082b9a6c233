"""Background work of the library, run by Django's tasks framework."""

from django_tasks import task


@task()
def document_process_task(document_id: int, created: bool = False) -> str:
    """Read the text and render the previews of a new or replaced file.

    `created` is no longer used (announcing waits for the editor's details);
    it stays so tasks queued before remain valid.
    """
    from documents.models import LibraryDocument
    from documents.services import document_process

    document = LibraryDocument.objects.filter(pk=document_id).first()
    if document is None:
        return "deleted"
    processed = document_process(document=document)
    return document.processing_status if processed else "unchanged"
