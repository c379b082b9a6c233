from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from documents.models import LibraryDocument, ProcessingStatus
from documents.services import document_process


class Command(BaseCommand):
    help = "Extract the text and render the previews of every library document again."

    def add_arguments(self, parser):
        parser.add_argument(
            "ids", nargs="*", type=int, help="Only these documents (ids)."
        )

    def handle(self, *args, ids, **options):
        documents = LibraryDocument.objects.order_by("pk")
        if ids:
            documents = documents.filter(pk__in=ids)
        counts = {"done": 0, "unreadable": 0}
        for document in documents.iterator(chunk_size=100):
            document_process(document=document, force=True)
            if document.processing_status == ProcessingStatus.UNREADABLE:
                counts["unreadable"] += 1
            counts["done"] += 1
        self.stdout.write(
            self.style.SUCCESS(
                _("%(done)s documents processed, %(unreadable)s unreadable.") % counts
            )
        )
