import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

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
    expect(visible).to_have_count(2)
    expect(page.locator("[data-faq-category]:visible")).to_have_count(1)
    expect(page.locator("[data-faq-count]")).to_have_text("2 questions affichées")

    visible.first.get_by_role("button").click()
    expect(visible.first.get_by_text("Lire la réponse complète")).to_be_visible()

    page.get_by_label("Rechercher dans la FAQ par mots-clés").fill("zzzz")
    expect(page.locator("[data-faq-entry]:visible")).to_have_count(0)
    empty = page.get_by_text("Aucune question ne correspond à ces mots.")
    expect(empty).to_be_visible()

    search = page.get_by_label("Rechercher dans la FAQ par mots-clés")
    search.fill("délais")
    search.press("Enter")
    page.wait_for_url("**/faq/?q=*")
    # Word forms match: the answer may say "délai" where the member typed "délais".
    assert page.locator(".faq-results mark").first.inner_text().lower() in {
        "délai",
        "délais",
    }
    assert page.get_by_role("link", name="Posez votre question").first.is_visible()
