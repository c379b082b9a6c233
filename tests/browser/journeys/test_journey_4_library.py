"""Journey 4: a member opens a document, sees its preview, displays it,
comments it and downloads it under its own name and size."""

import os

from playwright.sync_api import expect

from documents.models import LibraryDocument

TITLE = "Webinaire : instruire un dossier dématérialisé"


def test_member_previews_displays_comments_and_downloads_a_document(open_as, server):
    document = LibraryDocument.objects.get(title=TITLE)
    page = open_as("membre")
    page.goto(f"{server}/documents/")
    page.get_by_role("link", name=TITLE).first.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    preview = page.get_by_role("img", name=f"Première page de « {TITLE} »")
    expect(preview).to_be_visible()
    assert preview.evaluate("image => image.naturalWidth") > 0

    page.get_by_role("link", name=f"Afficher {TITLE}").click()
    expect(page).to_have_url(f"{server}{document.display_url}")
    page.get_by_label("Votre commentaire").fill("Les diapositives 3 et 4 m'ont servi.")
    page.get_by_role("button", name="Publier le commentaire").click()
    expect(page.locator("#commentaires")).to_contain_text(
        "Les diapositives 3 et 4 m'ont servi."
    )

    page.goto(f"{server}{document.get_absolute_url()}")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=f"Télécharger {TITLE}").click()
    download = download_info.value
    assert download.suggested_filename == document.download_filename
    assert os.path.getsize(download.path()) == document.file_size
