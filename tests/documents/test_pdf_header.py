"""A PDF is a file that starts with a PDF header, not one that mentions it."""

import pytest
from django.core.exceptions import ValidationError

from documents.validation import validate_document_upload
from tests.documents import factories


@pytest.mark.parametrize(
    "content",
    [
        b"<!-- %PDF-1.4 -->\n<html><script>alert(document.cookie)</script></html>",
        b"<html>" + b" " * 500 + b"%PDF-1.7\n</html>",
        b"GIF89a%PDF-1.4 polyglot",
        b"%PDF-x not a version",
    ],
    ids=["html-comment", "html-padding", "polyglot", "no-version"],
)
def test_a_file_that_only_contains_the_header_somewhere_is_refused(content):
    with pytest.raises(ValidationError) as refused:
        validate_document_upload(factories.upload(content, "rapport.pdf"))

    assert refused.value.code == "content_mismatch"


@pytest.mark.parametrize(
    "prefix", [b"", b"\xef\xbb\xbf", b"\r\n", b"  "], ids=["plain", "bom", "crlf", "sp"]
)
def test_a_real_pdf_passes_with_what_readers_tolerate_before_it(prefix):
    validate_document_upload(factories.upload(prefix + factories.pdf_bytes(), "a.pdf"))
