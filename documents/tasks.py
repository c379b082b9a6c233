"""Background work of the library, run by Django's tasks framework."""

from django_tasks import task


@task()
def document_process_task(document_id: int, created: bool = False) -> str:
    """Process a new or replaced file and announce it (see documents.signals)."""
    from documents.models import LibraryDocument
    from documents.services import document_process

    document = LibraryDocument.objects.filter(pk=document_id).first()
    if document is None:
        return "deleted"
    processed = document_process(document=document, publish=True, created=created)
    return document.processing_status if processed else "unchanged"
