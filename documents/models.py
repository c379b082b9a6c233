"""The library page and the library's document model."""

import os

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents.models import AbstractDocument
from wagtail.search import index

from home.models import ServiceIndexPage
from home.pagination import paginate

DOCUMENTS_PER_PAGE = 24


class FileType(models.TextChoices):
    PDF = "pdf", _("PDF")
    TEXT = "text", _("Text document")
    SPREADSHEET = "spreadsheet", _("Spreadsheet")
    PRESENTATION = "presentation", _("Presentation")
    IMAGE = "image", _("Image")
    ARCHIVE = "archive", _("Archive")
    OTHER = "other", _("Other")


EXTENSION_FILE_TYPES = {
    "pdf": FileType.PDF,
    "doc": FileType.TEXT,
    "docx": FileType.TEXT,
    "odt": FileType.TEXT,
    "txt": FileType.TEXT,
    "xls": FileType.SPREADSHEET,
    "xlsx": FileType.SPREADSHEET,
    "ods": FileType.SPREADSHEET,
    "csv": FileType.SPREADSHEET,
    "ppt": FileType.PRESENTATION,
    "pptx": FileType.PRESENTATION,
    "odp": FileType.PRESENTATION,
    "png": FileType.IMAGE,
    "jpg": FileType.IMAGE,
    "jpeg": FileType.IMAGE,
    "zip": FileType.ARCHIVE,
}

FILE_TYPE_ICONS = {
    FileType.PDF: "fr-icon-file-pdf-line",
    FileType.TEXT: "fr-icon-file-text-line",
    FileType.SPREADSHEET: "fr-icon-table-line",
    FileType.PRESENTATION: "fr-icon-slideshow-line",
    FileType.IMAGE: "fr-icon-image-line",
    FileType.ARCHIVE: "fr-icon-archive-line",
    FileType.OTHER: "fr-icon-file-line",
}

# Types the browser shows by itself: "Afficher" embeds them instead of the text.
INLINE_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
}


def file_type_for_extension(extension: str) -> str:
    """The library's file type for a file extension (case-insensitive)."""
    return EXTENSION_FILE_TYPES.get(extension.lower(), FileType.OTHER)


class DocumentIndexPage(ServiceIndexPage):
    """DOCUMENTS: the programme's library, collections as sections."""

    def get_context(self, request, *args, **kwargs):
        from documents.forms import LibraryFilterForm
        from documents.selectors import (
            collection_list_for_user,
            document_library_for_user,
        )

        context = super().get_context(request, *args, **kwargs)
        collections = collection_list_for_user(user=request.user)
        form = LibraryFilterForm(request.GET or None, collections=collections)
        filters = form.cleaned_data if form.is_valid() else {}
        documents = document_library_for_user(
            user=request.user,
            collection=filters.get("collection"),
            file_type=filters.get("type") or "",
            query=filters.get("q") or "",
            sort=filters.get("sort") or "",
        )
        documents_page = paginate(
            documents, page_number=request.GET.get("page"), per_page=DOCUMENTS_PER_PAGE
        )
        context.update(
            {
                "filter_form": form,
                "documents_page": documents_page,
                "search_query": filters.get("q") or "",
                # Search results come by relevance: one flat list, no sections.
                "grouped_by_collection": not filters.get("q"),
                "is_filtered": any(filters.values()),
            }
        )
        return context

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("document library page")


class ProcessingStatus(models.TextChoices):
    PENDING = "pending", _("Processing")
    READY = "ready", _("Ready")
    UNREADABLE = "unreadable", _("Unreadable")


class UnreadableReason(models.TextChoices):
    DAMAGED = "damaged", _("Damaged or protected")
    TOO_LARGE = "too_large", _("Too large or too complex to read safely")


class LibraryDocument(AbstractDocument):
    """A file of the library: Wagtail's document plus its text, preview and type."""

    description = models.TextField(_("description"), blank=True)
    original_filename = models.CharField(
        _("original file name"), max_length=255, blank=True, editable=False
    )
    file_type = models.CharField(
        _("file type"),
        max_length=20,
        choices=FileType.choices,
        default=FileType.OTHER,
        editable=False,
    )
    processing_status = models.CharField(
        _("processing status"),
        max_length=20,
        choices=ProcessingStatus.choices,
        default=ProcessingStatus.PENDING,
        editable=False,
    )
    unreadable_reason = models.CharField(
        _("why it could not be read"),
        max_length=20,
        choices=UnreadableReason.choices,
        blank=True,
        editable=False,
    )
    processed_at = models.DateTimeField(_("processed at"), null=True, editable=False)
    # The hash of the file the text and preview were made from: a new file
    # (upload or replacement) has another hash and is processed again.
    processed_file_hash = models.CharField(max_length=40, blank=True, editable=False)
    # The hash of the last file announced to members: a document is announced
    # once the editor has saved its details, and again only for a new file.
    announced_file_hash = models.CharField(max_length=40, blank=True, editable=False)
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    page_count = models.PositiveIntegerField(_("page count"), null=True, editable=False)
    preview = models.FileField(
        _("preview"), upload_to="documents/previews", blank=True, editable=False
    )
    thumbnail = models.FileField(
        _("thumbnail"), upload_to="documents/previews", blank=True, editable=False
    )
    # Deleting a document deletes the comments under it.
    member_comments = GenericRelation("comments.Comment")

    admin_form_fields = ("title", "file", "description", "collection", "tags")

    panels = [
        FieldPanel("title"),
        FieldPanel("file"),
        FieldPanel("description"),
        FieldPanel("collection"),
        FieldPanel("tags"),
    ]

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description", boost=2),
        index.SearchField("extracted_text"),
        index.SearchField("original_filename"),
        index.FilterField("file_type"),
    ]

    def clean(self):
        # A refused upload leaves no file: the form has said why already.
        if self.file:
            super().clean()

    @property
    def url(self):
        # Every link to the file goes through the library's access-checked
        # download view (rich text, StreamField blocks, the admin).
        return reverse("documents:download", args=[self.pk])

    def get_absolute_url(self):
        return reverse("documents:detail", args=[self.pk])

    @property
    def display_url(self):
        return reverse("documents:display", args=[self.pk])

    @property
    def download_filename(self) -> str:
        return self.original_filename or self.filename

    @property
    def extension(self) -> str:
        return os.path.splitext(self.download_filename)[1][1:].lower() or (
            self.file_extension.lower()
        )

    @property
    def icon_class(self) -> str:
        return FILE_TYPE_ICONS.get(self.file_type, FILE_TYPE_ICONS[FileType.OTHER])

    @property
    def is_pending(self) -> bool:
        return self.processing_status == ProcessingStatus.PENDING

    @property
    def inline_content_type(self) -> str | None:
        """The content type "Afficher" embeds, or None to show the text."""
        return INLINE_CONTENT_TYPES.get(self.file_extension.lower())

    @property
    def preview_version(self) -> str:
        """Changes with the file: browsers fetch a new preview after a replacement."""
        return self.processed_file_hash[:12]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]
