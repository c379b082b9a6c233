"""Journey 1: a member logs in, lands on the French home page, opens each
service and the messages from the header, then logs out."""

from playwright.sync_api import expect

from tests.browser.journeys.conftest import log_in

SERVICES = [
    ("Blog", "/blog/", "Blog"),
    ("Calendrier", "/calendrier/", "Calendrier"),
    ("Documents", "/documents/", "Documents"),
    ("Espaces d'échanges", "/echanges/", "Espaces d'échanges"),
    ("FAQ", "/faq/", "FAQ"),
    ("Accueil", "/", "Bienvenue, Hélène"),
]


def test_member_opens_every_service_from_the_header_then_logs_out(open_as, server):
    page = open_as()
    page.goto(f"{server}/")
    expect(page).to_have_url(f"{server}/connexion/?next=/")

    log_in(page, server, "membre")

    assert page.locator("html").get_attribute("lang") == "fr"
    expect(page.get_by_role("heading", level=1)).to_have_text("Bienvenue, Hélène")
    navigation = page.get_by_role("navigation", name="Menu principal")
    for label, path, heading in SERVICES:
        navigation.get_by_role("link", name=label, exact=True).click()
        expect(page).to_have_url(f"{server}{path}")
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
        current = navigation.get_by_role("link", name=label, exact=True)
        expect(current).to_have_attribute("aria-current", "page")

    page.get_by_role("link", name="Messages").first.click()
    expect(page).to_have_url(f"{server}/messages/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.locator("#header-profile summary").click()
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page).to_have_url(f"{server}/connexion/")
    page.goto(f"{server}/blog/")
    expect(page).to_have_url(f"{server}/connexion/?next=/blog/")
