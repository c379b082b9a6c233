from django.shortcuts import redirect
from wagtail import hooks

from documents.selectors import document_get_for_user


@hooks.register("before_serve_document")
def serve_through_library(document, request):
    """Send Wagtail's document URL to the library's download, privacy included."""
    document_get_for_user(user=request.user, document_id=document.pk)
    return redirect(document.url)
