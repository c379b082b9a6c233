"""Checks every uploaded library file passes: type allow-list, size, real content.

The extension alone proves nothing (anyone can rename `virus.exe` to
`rapport.pdf`), so the first bytes — and, for zip-based office formats, the
archive's table of contents — must match what the extension announces.
"""

import os
import re
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

DEFAULT_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
HEAD_SIZE = 8192

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
# A PDF starts with its header, "%PDF-1.x" or "%PDF-2.0" (ISO 32000). Readers
# tolerate a byte-order mark or a little white space before it, nothing else:
# an HTML page that merely contains "%PDF-" in a comment is not a PDF.
PDF_HEADER = re.compile(rb"\A(?:\xef\xbb\xbf)?[\x00\t\n\f\r ]{0,4}%PDF-[12]\.\d")

# The part every OOXML package of that kind contains.
OOXML_MAIN_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
# The `mimetype` entry of OpenDocument packages.
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}


def allowed_extensions() -> list[str]:
    return [extension.lower() for extension in settings.WAGTAILDOCS_EXTENSIONS]


def max_upload_size() -> int:
    return getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", DEFAULT_MAX_UPLOAD_SIZE)


def validate_document_upload(uploaded_file) -> None:
    """Raise ValidationError (in French) unless the file may enter the library."""
    extension = os.path.splitext(uploaded_file.name or "")[1][1:].lower()
    if extension not in allowed_extensions():
        raise ValidationError(
            _(
                "Files of type “%(extension)s” are not accepted. "
                "Accepted types: %(allowed)s."
            )
            % {
                "extension": extension or _("no extension"),
                "allowed": ", ".join(allowed_extensions()),
            },
            code="extension_not_allowed",
        )
    size = uploaded_file.size
    if size > max_upload_size():
        raise ValidationError(
            _("This file is too large (%(size)s). The maximum is %(max)s.")
            % {
                "size": filesizeformat(size),
                "max": filesizeformat(max_upload_size()),
            },
            code="file_too_large",
        )
    if size == 0:
        raise ValidationError(_("This file is empty."), code="empty_file")
    if not content_matches_extension(uploaded_file, extension):
        raise ValidationError(
            _(
                "The content of this file does not match its “%(extension)s” "
                "extension. Check that it is a real %(extension_upper)s file."
            )
            % {"extension": extension, "extension_upper": extension.upper()},
            code="content_mismatch",
        )


def clean_original_filename(name: str) -> str:
    """The file name a member's browser sent, without any path or control char."""
    name = os.path.basename(name.replace("\\", "/"))
    return "".join(char for char in name if char.isprintable())[:255]


def content_matches_extension(uploaded_file, extension: str) -> bool:
    """True when the file's bytes are of the kind its extension announces."""
    uploaded_file.seek(0)
    head = uploaded_file.read(HEAD_SIZE)
    try:
        if extension == "pdf":
            return PDF_HEADER.match(head) is not None
        if extension == "png":
            return head.startswith(PNG_SIGNATURE)
        if extension in ("jpg", "jpeg"):
            return head.startswith(JPEG_SIGNATURE)
        if extension in ("doc", "xls", "ppt"):
            return head.startswith(OLE2_SIGNATURE)
        if extension in ("txt", "csv"):
            return _looks_like_text(head)
        if not head.startswith(ZIP_SIGNATURES):
            return False
        return _zip_matches(uploaded_file, extension)
    finally:
        uploaded_file.seek(0)


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return controls <= len(head) // 100


def _zip_matches(uploaded_file, extension: str) -> bool:
    uploaded_file.seek(0)
    try:
        with zipfile.ZipFile(uploaded_file) as archive:
            names = set(archive.namelist())
            if extension in OOXML_MAIN_PARTS:
                return (
                    "[Content_Types].xml" in names
                    and OOXML_MAIN_PARTS[extension] in names
                )
            if extension in ODF_MIMETYPES:
                if "mimetype" not in names:
                    return False
                with archive.open("mimetype") as mimetype:
                    return mimetype.read(100).strip() == ODF_MIMETYPES[extension]
            return extension == "zip"
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False
