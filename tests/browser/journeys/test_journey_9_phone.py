"""Journey 9: on a phone (390 × 844) the header menu opens, every service is
reachable from it, the search opens from its named button, and no page is wider
than the screen."""

from playwright.sync_api import expect

from tests.browser.journeys.conftest import PHONE
from tests.browser.journeys.helpers import page_width

SERVICES = [
    ("Accueil", "/"),
    ("Blog", "/blog/"),
    ("Calendrier", "/calendrier/"),
    ("Documents", "/documents/"),
    ("Espaces d'échanges", "/echanges/"),
    ("FAQ", "/faq/"),
]


def test_phone_reaches_every_service_from_the_menu_without_sideways_scroll(
    open_as, server
):
    page = open_as("membre", viewport=PHONE)
    page.goto(f"{server}/")
    warnings = []
    page.on(
        "console",
        lambda message: message.type == "warning" and warnings.append(message.text),
    )
    navigation = page.get_by_role("navigation", name="Menu principal")
    widths = {}
    for label, path in SERVICES:
        expect(navigation).to_be_hidden()
        page.get_by_role("button", name="Menu", exact=True).click()
        expect(navigation).to_be_visible()
        navigation.get_by_role("link", name=label, exact=True).click()
        expect(page).to_have_url(f"{server}{path}")
        page.wait_for_load_state("load")
        widths[path] = page_width(page)

    search_button = page.locator("#header-search-button")
    expect(search_button).to_have_accessible_name("Rechercher")
    search_button.click()
    search = page.get_by_label("Rechercher dans tout le site")
    expect(search).to_be_visible()
    page.get_by_role("button", name="Fermer").first.click()
    expect(search).to_be_hidden()

    assert widths == dict.fromkeys(widths, PHONE["width"])
    assert warnings == []
