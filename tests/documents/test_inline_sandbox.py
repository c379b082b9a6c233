"""Every file the browser shows inline is sandboxed by its Content Security Policy."""

import pytest

from tests.documents import factories


def _policy(response):
    return response.headers.get("Content-Security-Policy", "")


@pytest.mark.django_db
def test_inline_pdf_image_and_previews_are_sandboxed(member_client, add_document):
    pdf = add_document(factories.pdf_bytes(), "rapport.pdf")
    image = add_document(factories.png_bytes(), "plan.png")

    responses = {
        "pdf": member_client.get(f"/fichiers/{pdf.pk}/afficher/"),
        "image": member_client.get(f"/fichiers/{image.pk}/afficher/"),
        "preview": member_client.get(f"/fichiers/{pdf.pk}/apercu/"),
        "thumbnail": member_client.get(f"/fichiers/{pdf.pk}/vignette/"),
    }

    for name, response in responses.items():
        assert response.status_code == 200, name
        assert "sandbox" in _policy(response).split("; "), name


@pytest.mark.django_db
def test_downloads_stay_attachments(member_client, add_document):
    pdf = add_document(factories.pdf_bytes(), "rapport.pdf")

    response = member_client.get(f"/fichiers/{pdf.pk}/telecharger/")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.django_db
def test_member_media_files_are_sandboxed(member_client, media_root):
    (media_root / "profiles").mkdir(parents=True)
    (media_root / "profiles" / "photo.png").write_bytes(factories.png_bytes())

    response = member_client.get("/media/profiles/photo.png")

    assert response.status_code == 200
    assert "sandbox" in _policy(response)
