import pytest
from axe_playwright_python.sync_playwright import Axe

from faq import demo

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], violation["help"])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def test_faq_filters_as_you_type_then_searches_on_enter(
    page, live_server, log_in, site_tree
):
    demo.load(site_tree)
    log_in("membre", password="osmose-demo-2026", next_url="/faq/")
    page.goto(f"{live_server.url}/faq/")
    entries = page.locator("[data-faq-entry]")
    assert entries.count() == 20
    assert _serious_violations(page) == []

    page.get_by_label("Rechercher dans la FAQ par mots-clés").fill("parapheur")
    visible = page.locator("[data-faq-entry]:visible")
    assert visible.count() == 2
    assert page.locator("[data-faq-category]:visible").count() == 1

    visible.first.get_by_role("button").click()
    assert visible.first.get_by_text("Lire la réponse complète").is_visible()

    page.get_by_label("Rechercher dans la FAQ par mots-clés").fill("zzzz")
    assert page.locator("[data-faq-entry]:visible").count() == 0
    assert page.get_by_text("Aucune question ne correspond à ces mots.").is_visible()

    search = page.get_by_label("Rechercher dans la FAQ par mots-clés")
    search.fill("délais")
    search.press("Enter")
    page.wait_for_url("**/faq/?q=*")
    assert page.locator(".faq-results mark").first.inner_text().lower() == "délais"
    assert page.get_by_role("link", name="Posez votre question").first.is_visible()
