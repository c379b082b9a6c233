"""Journey 6 (FAQ): a member searches the FAQ by keyword and opens the answer
in its accordion, with the keyboard alone."""

from playwright.sync_api import expect


def test_member_finds_an_answer_by_keyword_and_opens_it_with_the_keyboard(
    open_as, server
):
    page = open_as("membre")
    page.goto(f"{server}/faq/")
    search = page.get_by_label("Rechercher dans la FAQ par mots-clés")

    search.fill("parapheur")
    visible = page.locator("[data-faq-entry]:visible")
    expect(visible).to_have_count(2)
    expect(page.locator("[data-faq-count]")).to_have_text("2 questions affichées")

    question = visible.first.get_by_role("button")
    question.focus()
    expect(question).to_be_focused()
    page.keyboard.press("Enter")
    expect(question).to_have_attribute("aria-expanded", "true")
    answer = visible.first.get_by_role("link", name="Lire la réponse complète")
    expect(answer).to_be_visible()
    page.keyboard.press("Enter")
    expect(question).to_have_attribute("aria-expanded", "false")
    expect(answer).to_be_hidden()

    search.fill("délais")
    search.press("Enter")
    page.wait_for_url("**/faq/?q=*")
    assert page.locator(".faq-results mark").first.inner_text().lower() == "délais"
