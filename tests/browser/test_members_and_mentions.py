import pytest
from axe_playwright_python.sync_playwright import Axe

from notifications.services import notification_send
from notifications.verbs import Verb

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], violation["help"])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def test_bell_and_profile_menus_open_and_are_accessible(
    page, live_server, log_in, site_tree
):
    users = site_tree.users
    notification_send(
        recipients=[users["membre"]],
        actor=users["jdupont"],
        verb=Verb.MENTION,
        title="Règles et bonnes pratiques",
        url="/regles/",
    )
    log_in("membre", password="osmose-demo-2026")

    page.locator("#header-notifications summary").click()
    bell = page.locator("#header-notifications")
    assert bell.get_by_text("Jean Dupont vous a mentionné").is_visible()
    assert _serious_violations(page) == []
    page.keyboard.press("Escape")
    assert not bell.get_by_text("Jean Dupont vous a mentionné").is_visible()

    page.locator("#header-profile summary").click()
    page.locator("#header-profile").get_by_role("link", name="Mon profil").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/profil/")
    assert _serious_violations(page) == []


def test_typing_at_offers_members_and_inserts_a_stable_token(
    page, live_server, log_in, site_tree
):
    log_in("membre", password="osmose-demo-2026", next_url="/profil/")
    bio = page.get_by_label("Courte présentation")

    bio.click()
    bio.press_sequentially("Merci @claire")
    option = page.get_by_role("option", name="Claire Rousseau")
    option.wait_for()
    bio.press("Enter")

    assert bio.input_value() == "Merci @[crousseau] "
    page.get_by_role("button", name="Enregistrer mon profil").click()
    page.goto(f"{live_server.url}/membres/membre/")
    mention = page.get_by_role("link", name="@Claire Rousseau")
    assert mention.get_attribute("href") == "/membres/crousseau/"


def test_member_directory_is_accessible(page, live_server, log_in, site_tree):
    log_in("membre", password="osmose-demo-2026", next_url="/membres/?q=dupont")

    assert page.get_by_role("link", name="Jean Dupont").count() == 1
    assert _serious_violations(page) == []
