import json

import pytest
from django.urls import reverse

from home.models import StandardPage
from tests.documents import factories


@pytest.fixture
def pdf(add_document):
    return add_document(
        factories.pdf_bytes(["Webinaire", "Diapositive 2", "Questions"]),
        "webinaire.pdf",
        title="Webinaire de mars",
        description="Les diapositives.\nAvec les <b>questions</b>.",
    )


@pytest.mark.django_db
def test_document_page_shows_preview_details_and_actions(pdf, member_client, library):
    response = member_client.get(pdf.get_absolute_url())
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Webinaire de mars</h1>" in html
    preview = reverse("documents:preview", args=[pdf.pk])
    assert f'src="{preview}?v={pdf.preview_version}"' in html
    assert "Première page de « Webinaire de mars »" in html
    assert "Première page sur 3" in html
    assert "Documents utiles" in html
    assert "webinaire.pdf" in html
    # The description is member-typed text: shown, never interpreted.
    assert "Avec les &lt;b&gt;questions&lt;/b&gt;." in html
    download = f'fr-icon-download-line osmose-btn--download" href="{pdf.url}"'
    assert download in html
    assert "Télécharger" in html
    assert f'href="{pdf.display_url}">Afficher' in html


@pytest.mark.django_db
def test_document_page_lists_the_pages_that_use_it(pdf, member_client, home_page):
    body = json.dumps(
        [{"type": "document_links", "value": [{"document": pdf.pk, "title": ""}]}]
    )
    using = StandardPage(title="Guide du webinaire", slug="guide-webinaire", body=body)
    home_page.add_child(instance=using)
    using.save_revision().publish()
    draft = StandardPage(
        title="Brouillon caché", slug="brouillon", body=body, live=False
    )
    home_page.add_child(instance=draft)

    html = member_client.get(pdf.get_absolute_url()).content.decode()

    assert f'<a href="{using.url}">Guide du webinaire</a>' in html
    assert "Brouillon caché" not in html


@pytest.mark.django_db
def test_display_shows_a_pdf_in_the_browser_viewer(pdf, member_client):
    html = member_client.get(pdf.display_url).content.decode()

    inline = reverse("documents:inline", args=[pdf.pk])
    assert f'<iframe class="osmose-doc-frame" src="{inline}"' in html
    assert f'href="{pdf.url}"' in html


@pytest.mark.django_db
def test_display_shows_an_image_full_size(add_document, member_client):
    image = add_document(factories.png_bytes(), "affiche.png", title="Affiche")

    html = member_client.get(image.display_url).content.decode()

    inline = reverse("documents:inline", args=[image.pk])
    assert f'<img class="osmose-doc-image" src="{inline}" alt="Affiche">' in html
    response = member_client.get(inline)
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline;")


@pytest.mark.django_db
def test_display_shows_the_text_of_other_files_inert(add_document, member_client):
    document = add_document(
        factories.docx_bytes(["Consigne", "<script>alert(1)</script>"]), "consigne.docx"
    )

    html = member_client.get(document.display_url).content.decode()

    assert "Consigne" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.django_db
def test_document_pages_are_members_only(pdf, client):
    for url in (pdf.get_absolute_url(), pdf.display_url):
        response = client.get(url)

        assert response.status_code == 302
        assert response["Location"].startswith("/connexion/")


@pytest.mark.django_db
def test_unknown_document_is_not_found(member_client, db):
    assert member_client.get("/documents/999/").status_code == 404
    assert member_client.get("/fichiers/999/telecharger/").status_code == 404
