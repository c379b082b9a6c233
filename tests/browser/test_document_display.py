""" "Afficher" shows a PDF in Chromium's own viewer, sandboxed as every inline file.

The inline file carries `Content-Security-Policy: sandbox`; some viewers refuse
to run under a sandbox, so this checks that Chromium's still draws the PDF in
the display page's frame.
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CHROMIUM_PDF_VIEWER = "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/"


def test_afficher_shows_the_pdf_in_the_browser_viewer(
    page, live_server, log_in, site_tree, add_document
):
    document = add_document(title="Compte rendu du comité")
    log_in("membre", password="osmose-demo-2026", next_url=f"/documents/{document.pk}/")

    page.get_by_role("link", name="Afficher").first.click()
    frame = page.locator("iframe.osmose-doc-frame")
    expect(frame).to_be_visible()

    inline = page.request.get(live_server.url + frame.get_attribute("src"))
    assert inline.headers["content-type"] == "application/pdf"
    assert "sandbox" in inline.headers["content-security-policy"].split("; ")
    # Playwright waits for a frame by name or URL, not by URL prefix: poll.
    viewer = None
    for _ in range(50):
        viewer = next(
            (f for f in page.frames if f.url.startswith(CHROMIUM_PDF_VIEWER)), None
        )
        if viewer:
            break
        page.wait_for_timeout(200)
    # A viewer refused by the sandbox leaves a chrome-error:// frame instead.
    assert viewer is not None, [f.url for f in page.frames]
    assert not [f.url for f in page.frames if f.url.startswith("chrome-error:")]
    expect(viewer.get_by_role("button").first).to_be_visible()
