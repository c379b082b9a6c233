"""The library's own signal, and the receivers that keep documents processed.

`document_published` is how other apps (notifications) learn that a document
is available: sent after the transaction commits once the editor has saved
the details (title, description, collection) of a file not announced yet
(`documents.services.document_announce`), with keyword arguments

* ``document``: the LibraryDocument (its processing may still be running);
* ``created``: True for a new document, False for a new file of an existing one.

Receivers must choose recipients with
``documents.selectors.document_audience(document=..., users=<queryset>)``
(or ``document_is_visible_to`` for one user): a document in a
group-restricted collection is for that group only. A bare upload
(Wagtail's multiple upload, before its details form is saved), re-processing
(management command) and edits of the title or description send nothing.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.dispatch import Signal
from django.utils import translation
from django.utils.translation import gettext as _

from documents.selectors import document_audience
from notifications.services import notification_send
from notifications.verbs import Verb

document_published = Signal()


def document_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """Queue the processing of a new file, whichever way it was uploaded."""
    # Wagtail's upload views (single, multiple, chooser) offer no after-upload
    # hook, so the model's save is the one place every new file goes through.
    if raw or (update_fields is not None and "file" not in update_fields):
        return
    if created or instance.file_hash != instance.processed_file_hash:
        from documents.services import document_schedule_processing

        document_schedule_processing(document=instance, created=created)


def document_published_notify(sender, document, created, **kwargs):
    """Tell the members who may see it that a document is new or has a new file."""
    title = document.title
    if not created:
        # Stored with the notification: in the site's language, whoever sends.
        with translation.override(settings.LANGUAGE_CODE):
            title = _("%(title)s (updated)") % {"title": document.title}
    notification_send(
        recipients=get_user_model().objects.all(),
        actor=document.uploaded_by_user,
        verb=Verb.NEW_DOCUMENT,
        target=document,
        url=document.get_absolute_url(),
        title=title,
        excerpt=document.description,
        visible_to=lambda users: document_audience(document=document, users=users),
    )


def document_deleted(sender, instance, **kwargs):
    """Remove the preview files with the document (Wagtail removes the file)."""
    names = [field.name for field in (instance.preview, instance.thumbnail) if field]
    storage = instance.preview.storage

    def delete_files():
        for name in names:
            storage.delete(name)

    if names:
        transaction.on_commit(delete_files)
