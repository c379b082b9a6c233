"""A document's page, its enlarged view, and its files (download, inline, previews)."""

from csp.decorators import csp_exempt
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_safe

from documents.selectors import (
    document_comment_count,
    document_get_for_user,
    document_usage_list,
    library_page,
)
from documents.serving import file_response


@require_safe
def document_detail(request, document_id):
    """A document's page: large preview, details, download, where it is used."""
    document = document_get_for_user(user=request.user, document_id=document_id)
    return render(
        request,
        "documents/library_document.html",
        {
            "document": document,
            "library": library_page(),
            "usage": document_usage_list(document=document, user=request.user),
            "comment_count": document_comment_count(document=document),
        },
    )


@require_safe
def document_display(request, document_id):
    """ "Afficher": the document itself (PDF viewer, full image or its text)."""
    document = document_get_for_user(user=request.user, document_id=document_id)
    return render(
        request,
        "documents/library_document_display.html",
        {"document": document, "library": library_page()},
    )


@require_safe
def document_download(request, document_id):
    """The exact file, as an attachment under its original name."""
    document = document_get_for_user(user=request.user, document_id=document_id)
    return file_response(
        document.file,
        content_type=document.content_type,
        filename=document.download_filename,
        as_attachment=True,
    )


# The browser's PDF viewer refuses to run under the site's strict policy, and
# "Afficher" frames this response from the document's own page.
@csp_exempt()
@xframe_options_sameorigin
@require_safe
def document_inline(request, document_id):
    """A PDF or an image, for the browser to show itself."""
    document = document_get_for_user(user=request.user, document_id=document_id)
    content_type = document.inline_content_type
    if content_type is None:
        raise Http404
    response = file_response(
        document.file,
        content_type=content_type,
        filename=document.download_filename,
        as_attachment=False,
        # An image is shown by the page (img-src 'self'); a PDF gets a frame.
        allow_redirect=content_type == "application/pdf",
    )
    if content_type != "application/pdf":
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@require_safe
def document_preview(request, document_id, variant):
    """The first-page image of a document (large or card thumbnail)."""
    document = document_get_for_user(user=request.user, document_id=document_id)
    image = document.preview if variant == "preview" else document.thumbnail
    return file_response(
        image,
        content_type="image/jpeg",
        filename=f"{document.pk}-{variant}.jpg",
        as_attachment=False,
        allow_redirect=False,
    )
