"""Handing a stored file to a member whose access has been checked.

Three ways, picked from the configuration:

* local files, embedded setup: Django streams the bytes;
* local files behind nginx (``MEDIA_ACCEL_REDIRECT_PREFIX``): Django answers
  only the headers and ``X-Accel-Redirect``; nginx sends the file from an
  ``internal`` location nobody can request directly;
* object storage: a redirect to a short-lived signed URL of the private
  bucket, which carries the download file name — except for images the page
  itself shows (previews), streamed by Django so the site's Content Security
  Policy needs no outside origin.
"""

from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.http import content_disposition_header

# Members' browsers may keep a file a little; shared caches never.
CACHE_CONTROL = "private, max-age=300"
# A file shown in the browser runs nothing on the site's origin: even a file
# that passed the upload checks while being something else is sandboxed
# (unique origin, no scripts, no forms, no plugins).
INLINE_CONTENT_SECURITY_POLICY = "sandbox"


def file_response(
    fieldfile,
    *,
    content_type: str,
    filename: str,
    as_attachment: bool,
    allow_redirect: bool = True,
) -> HttpResponse:
    """The response that gives `fieldfile` to the (already authorised) member."""
    if not fieldfile:
        raise Http404
    disposition = content_disposition_header(as_attachment, filename)
    storage = fieldfile.storage
    # Django's Storage API answers path() only for files on this machine; object
    # storages raise NotImplementedError, and their files go out as signed URLs.
    try:
        storage.path(fieldfile.name)
        is_local = True
    except NotImplementedError:
        is_local = False
    if not is_local and allow_redirect:
        return redirect(_signed_url(fieldfile, content_type, disposition))
    if is_local and settings.MEDIA_ACCEL_REDIRECT_PREFIX:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_REDIRECT_PREFIX + quote(
            fieldfile.name
        )
    else:
        try:
            handle = storage.open(fieldfile.name, "rb")
        except FileNotFoundError as err:
            raise Http404 from err
        response = FileResponse(handle, content_type=content_type)
    response["Content-Disposition"] = disposition
    response["Cache-Control"] = CACHE_CONTROL
    if not as_attachment:
        response["Content-Security-Policy"] = INLINE_CONTENT_SECURITY_POLICY
    return response


def _signed_url(fieldfile, content_type: str, disposition: str) -> str:
    parameters = {
        "ResponseContentDisposition": disposition,
        "ResponseContentType": content_type,
    }
    try:
        return fieldfile.storage.url(fieldfile.name, parameters=parameters)
    except TypeError:
        # A storage without per-URL response headers.
        return fieldfile.url
