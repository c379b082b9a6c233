from urllib.parse import urlencode

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from comments.targets import register_comment_target
        from documents import signals
        from documents.models import LibraryDocument
        from documents.sections import new_documents_section
        from documents.selectors import (
            document_list_for_user,
            document_search_for_user,
            document_search_hit,
            document_suggestions_for_user,
        )
        from home.search_sources import register_search_source
        from home.sections import register_home_section
        from notifications.verbs import Verb, offer_verbs

        post_save.connect(
            signals.document_saved,
            sender=LibraryDocument,
            dispatch_uid="documents_document_saved",
        )
        post_delete.connect(
            signals.document_deleted,
            sender=LibraryDocument,
            dispatch_uid="documents_document_deleted",
        )
        signals.document_published.connect(
            signals.document_published_notify,
            sender=LibraryDocument,
            dispatch_uid="documents_document_published_notify",
        )
        offer_verbs(Verb.NEW_DOCUMENT)
        register_home_section(
            key="documents",
            order=30,
            template="documents/includes/home_section.html",
            build=new_documents_section,
        )
        register_search_source(
            key="documents",
            label=_("Documents"),
            order=10,
            search=document_search_for_user,
            template="documents/includes/search_result.html",
            more_url=lambda query: f"/documents/?{urlencode({'q': query})}",
            more_label=_("All matching documents in the library"),
            describe=document_search_hit,
            sorts_by_date=True,
            suggest=document_suggestions_for_user,
        )
        # Members comment under the enlarged view ("Afficher"), on the
        # documents they may see.
        register_comment_target(
            LibraryDocument,
            visible_to=lambda user: document_list_for_user(user=user),
            url=lambda document: document.display_url,
        )
