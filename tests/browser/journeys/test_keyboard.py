"""Keyboard only: the header menus, the bell, the mention autocomplete and the
message form answer Tab, Enter, Escape and the arrows, with a visible focus."""

from playwright.sync_api import expect

from messaging.models import Conversation


def _tab_to(page, locator, limit=60):
    """Press Tab until `locator` has the focus (as a keyboard user would)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


def _focus_is_visible(locator) -> bool:
    return locator.evaluate(
        "element => element.matches(':focus-visible')"
        " && getComputedStyle(element).outlineStyle !== 'none'"
    )


def test_header_bell_and_profile_menu_with_the_keyboard(open_as, server):
    page = open_as("membre")
    page.goto(f"{server}/")

    bell = page.locator("#header-notifications summary")
    _tab_to(page, bell)
    assert _focus_is_visible(bell)
    page.keyboard.press("Enter")
    panel = page.locator("#header-notifications .osmose-dropdown__panel")
    expect(panel).to_be_visible()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(bell).to_be_focused()

    profile = page.locator("#header-profile summary")
    _tab_to(page, profile)
    page.keyboard.press("Enter")
    my_profile = page.locator("#header-profile").get_by_role("link", name="Mon profil")
    _tab_to(page, my_profile, limit=5)
    assert _focus_is_visible(my_profile)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{server}/profil/")


def test_mention_autocomplete_with_arrows_enter_and_escape(open_as, server):
    page = open_as("membre")
    page.goto(f"{server}/blog/lancement-osmose/")
    box = page.get_by_label("Votre commentaire")
    _tab_to(page, box, limit=200)

    page.keyboard.type("Bonjour @j")
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(box).to_be_focused()

    page.keyboard.type("ea")
    jean = page.get_by_role("option", name="Jean Dupont")
    expect(jean).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    expect(jean).to_have_attribute("aria-selected", "true")
    page.keyboard.press("Enter")
    expect(box).to_have_value("Bonjour @[jdupont] ")


def test_message_form_sends_with_control_enter(open_as, server):
    conversation = Conversation.objects.filter(
        participants__user__username="membre"
    ).first()
    page = open_as("membre")
    page.goto(f"{server}{conversation.get_absolute_url()}")
    box = page.get_by_label("Votre message")
    _tab_to(page, box, limit=200)

    page.keyboard.type("Envoyé au clavier.")
    page.keyboard.press("Control+Enter")

    sent = page.locator("[data-messages]").get_by_text("Envoyé au clavier.")
    expect(sent).to_be_visible()
    expect(box).to_have_value("")
    expect(box).to_be_focused()
