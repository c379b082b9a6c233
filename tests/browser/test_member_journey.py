import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], violation["help"])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def test_member_logs_in_and_sees_the_french_home(page, live_server, log_in, site_tree):
    page.goto(f"{live_server.url}/blog/")
    assert "/connexion/" in page.url

    log_in("membre", password="osmose-demo-2026", next_url="/blog/")

    assert page.url == f"{live_server.url}/blog/"
    page.goto(f"{live_server.url}/")
    navigation = page.get_by_role("navigation", name="Menu principal")
    for label in ["Accueil", "Blog", "Calendrier", "Documents", "FAQ"]:
        assert navigation.get_by_role("link", name=label, exact=True).count() == 1
    assert navigation.get_by_role("link", name="Espaces d'échanges").count() == 1
    assert page.locator("html").get_attribute("lang") == "fr"


def test_login_and_home_pages_have_no_serious_accessibility_violation(
    page, live_server, log_in, site_tree
):
    page.goto(f"{live_server.url}/connexion/")
    assert _serious_violations(page) == []

    log_in("membre", password="osmose-demo-2026")
    assert _serious_violations(page) == []


def test_search_bar_finds_the_rules_page(page, live_server, log_in, site_tree):
    log_in("membre", password="osmose-demo-2026")

    page.get_by_label("Rechercher dans tout le site").first.fill("bienveillance")
    page.get_by_label("Rechercher dans tout le site").first.press("Enter")

    page.wait_for_url("**/recherche/?q=bienveillance")
    expect(page.get_by_role("status")).to_contain_text("1 résultat")
    assert page.get_by_role("link", name="Règles et bonnes pratiques").count() >= 1
