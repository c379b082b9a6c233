"""At 390 px wide (a phone), no page scrolls sideways."""

import pytest

from home import demo

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}


def test_no_page_is_wider_than_a_phone(browser, live_server, site_tree):
    from blog.models import BlogPage
    from documents.models import LibraryDocument

    demo.load_all(site_tree)
    document = LibraryDocument.objects.order_by("pk").first()
    post = BlogPage.objects.live().order_by("pk").first()
    context = browser.new_context(locale="fr-FR", viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server.url}/connexion/")
    page.get_by_label("Nom d'utilisateur").fill("membre")
    page.get_by_label("Mot de passe").fill("osmose-demo-2026")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_load_state("networkidle")

    paths = [
        "/",
        "/blog/",
        post.url,
        "/calendrier/",
        "/calendrier/mois/",
        "/calendrier/archives/",
        "/documents/",
        f"/documents/{document.pk}/",
        "/notifications/",
        "/profil/",
    ]
    widths = {}
    for path in paths:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        widths[path] = page.evaluate("document.documentElement.scrollWidth")
    context.close()

    assert widths == dict.fromkeys(paths, PHONE["width"])
