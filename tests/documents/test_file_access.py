"""Files reach members only, through the library's access-checked views."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.documents import factories


def _body(response) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def pdf(add_document):
    return add_document(
        factories.pdf_bytes(["Plaquette", "Suite"]), "Plaquette été 2026.pdf"
    )


def _file_urls(document):
    return [
        document.url,
        reverse("documents:inline", args=[document.pk]),
        reverse("documents:preview", args=[document.pk]),
        reverse("documents:thumbnail", args=[document.pk]),
        reverse("wagtaildocs_serve", args=[document.pk, document.filename]),
        f"/media/{document.file.name}",
        f"/media/{document.preview.name}",
        f"/media/{document.thumbnail.name}",
    ]


@pytest.mark.django_db
def test_download_answers_the_exact_bytes_as_an_attachment(pdf, member_client):
    response = member_client.get(pdf.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    # The original name, accents and spaces included.
    assert (
        "filename*=utf-8''Plaquette%20%C3%A9t%C3%A9%202026.pdf"
        in (response["Content-Disposition"])
    )
    with pdf.file.open("rb") as stored:
        assert _body(response) == stored.read()
    assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_wagtail_document_url_leads_to_the_library_download(pdf, member_client):
    response = member_client.get(
        reverse("wagtaildocs_serve", args=[pdf.pk, pdf.filename])
    )

    assert response.status_code == 302
    assert response["Location"] == pdf.url


@pytest.mark.django_db
def test_pdf_is_served_inline_for_the_browser_viewer(pdf, member_client):
    response = member_client.get(reverse("documents:inline", args=[pdf.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline;")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert _body(response).startswith(b"%PDF-")


@pytest.mark.django_db
def test_office_file_is_never_served_inline(add_document, member_client):
    document = add_document(factories.docx_bytes(), "note.docx")

    response = member_client.get(reverse("documents:inline", args=[document.pk]))

    assert response.status_code == 404


@pytest.mark.django_db
def test_previews_are_jpeg_images(pdf, member_client):
    for name in ("preview", "thumbnail"):
        response = member_client.get(reverse(f"documents:{name}", args=[pdf.pk]))

        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        assert _body(response).startswith(b"\xff\xd8\xff")


@pytest.mark.django_db
def test_anonymous_visitor_gets_no_bytes_of_any_file(pdf, client):
    for url in _file_urls(pdf):
        response = client.get(url)

        assert response.status_code == 302, url
        assert response["Location"].startswith("/connexion/?next="), url
        assert b"%PDF" not in _body(response) and b"JFIF" not in _body(response)


@pytest.mark.django_db
def test_media_paths_of_library_files_are_closed_even_to_members(pdf, member_client):
    for path in (pdf.file.name, pdf.preview.name, pdf.thumbnail.name):
        response = member_client.get(f"/media/{path}")

        assert response.status_code == 404, path
    # A dotted path does not get round it.
    response = member_client.get(f"/media/original_images/../{pdf.file.name}")
    assert response.status_code == 404


@pytest.mark.django_db
def test_non_member_of_a_private_collection_gets_no_bytes(
    add_document, private_collection, member_client
):
    document = add_document(
        factories.pdf_bytes(["Secret"]), "secret.pdf", into=private_collection
    )

    for url in _file_urls(document):
        response = member_client.get(url)

        assert response.status_code == 404, url
        assert b"%PDF" not in _body(response) and b"JFIF" not in _body(response)


@pytest.mark.django_db
def test_member_of_the_group_downloads_a_private_document(
    add_document, private_collection, administrator, client
):
    document = add_document(
        factories.pdf_bytes(["Secret"]), "secret.pdf", into=private_collection
    )
    client.force_login(administrator)

    response = client.get(document.url)

    assert response.status_code == 200
    assert _body(response).startswith(b"%PDF-")


@pytest.mark.django_db
def test_files_are_handed_to_the_proxy_when_configured(pdf, member_client, settings):
    settings.MEDIA_ACCEL_REDIRECT_PREFIX = "/protected-media/"

    response = member_client.get(pdf.url)

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == (
        "/protected-media/" + pdf.file.name.replace(" ", "%20").replace("é", "%C3%A9")
    )
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content == b""


@pytest.mark.django_db
def test_document_link_in_rich_content_points_to_the_checked_download(pdf, member, rf):
    from home.blocks import DocumentLinkBlock

    request = rf.get("/")
    request.user = member
    html = DocumentLinkBlock().render(
        {"document": pdf, "title": ""}, context={"request": request}
    )

    assert f'href="{pdf.url}"' in html
    assert "/media/" not in html


@pytest.mark.django_db
def test_object_storage_downloads_go_through_signed_urls(
    add_document, member_client, settings, media_root
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "tests.documents.storages.SignedUrlStorage",
            "OPTIONS": {"location": str(media_root)},
        },
    }
    document = add_document(factories.pdf_bytes(["Distant"]), "distant.pdf")

    download = member_client.get(document.url)
    inline = member_client.get(reverse("documents:inline", args=[document.pk]))
    preview = member_client.get(reverse("documents:preview", args=[document.pk]))
    anonymous = Client().get(document.url)

    assert document.page_count == 1  # processed from a temporary copy
    assert download.status_code == 302
    assert download["Location"].startswith("https://bucket.example/documents/")
    assert "X-Amz-Signature=signed" in download["Location"]
    assert "ResponseContentDisposition=attachment" in download["Location"]
    assert inline.status_code == 302
    assert "ResponseContentDisposition=inline" in inline["Location"]
    # Previews are shown by the page itself: streamed, no outside origin.
    assert preview.status_code == 200
    assert _body(preview).startswith(b"\xff\xd8\xff")
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/connexion/")
