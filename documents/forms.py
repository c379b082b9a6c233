"""The admin upload form of library documents and the library's filter form."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from documents.models import FileType
from documents.services import document_announce
from documents.validation import clean_original_filename, validate_document_upload

MAX_QUERY_LENGTH = 200


class LibraryDocumentForm(BaseDocumentForm):
    """Wagtail's document form plus the library's upload checks.

    Wagtail builds its single upload, multiple upload and chooser upload forms
    from this base (WAGTAILDOCS_DOCUMENT_FORM_BASE), so they all validate here.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Members see the library by collection: a file in Wagtail's root
        # collection would belong to none. The first programme collection is
        # the default.
        field = self.fields.get("collection")
        if field is None:
            return
        field.queryset = field.queryset.filter(depth__gt=1).order_by("path")
        if not self.instance.pk or self.instance.collection.is_root():
            first = field.queryset.first()
            if first is not None and not self.is_bound:
                self.initial["collection"] = first.pk

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            validate_document_upload(uploaded)
        return uploaded

    def save(self, commit=True):
        if "file" in self.changed_data and self.cleaned_data.get("file"):
            self.instance.original_filename = clean_original_filename(
                self.cleaned_data["file"].name
            )
        document = super().save(commit=commit)
        # Wagtail's multiple upload first saves a bare file titled after its
        # name, through a form without the description: members hear of the
        # document when the editor saves its details (this form in full).
        if commit and self.add_prefix("description") in self.data:
            document_announce(document=document)
        return document

    class Meta(BaseDocumentForm.Meta):
        widgets = {
            **BaseDocumentForm.Meta.widgets,
            "description": forms.Textarea(attrs={"rows": 4}),
        }


class LibraryFilterForm(forms.Form):
    """Search, collection, type and order of the library page (GET)."""

    SORT_CHOICES = [
        ("oldest", _("Oldest first")),
        ("title", _("Title (A to Z)")),
    ]

    q = forms.CharField(label=_("Search the documents"), required=False)
    collection = forms.TypedChoiceField(
        label=_("Collection"), required=False, coerce=int, empty_value=None
    )
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *FileType.choices],
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False)

    def __init__(self, *args, collections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["collection"].choices = [
            ("", _("All collections")),
            *((collection.pk, collection.name) for collection in collections),
        ]
        # Search results come by relevance unless another order is chosen.
        searching = bool(self.data.get("q", "").strip())
        self.fields["sort"].choices = [
            ("", _("Relevance") if searching else _("Newest first")),
            *([("recent", _("Newest first"))] if searching else []),
            *self.SORT_CHOICES,
        ]

    def clean_q(self):
        return self.cleaned_data["q"].strip()[:MAX_QUERY_LENGTH]
