"""The header's search suggestions by keyboard, and the results' type filters."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_header_suggestions_by_keyboard_then_type_filters(
    page, live_server, log_in, site_tree, make_post
):
    post = make_post(
        "Webinaire sur la bascule",
        introduction="Le support du webinaire de la bascule est en ligne.",
    )
    log_in("membre", password="osmose-demo-2026")
    page.goto(f"{live_server.url}/")
    field = page.locator("#header-search-input")
    suggestions = page.locator("#header-search-suggestions")
    announce = page.locator("#header-search-announce")

    field.fill("W")
    page.wait_for_timeout(400)
    expect(suggestions).to_be_hidden()

    field.fill("Webin")
    option = suggestions.get_by_role("option").first
    expect(option).to_contain_text("Webinaire sur la bascule")
    expect(field).to_have_attribute("aria-expanded", "true")
    expect(announce).to_contain_text("suggestion")

    field.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute(
        "aria-activedescendant", "header-search-suggestion-0"
    )
    field.press("Escape")
    expect(suggestions).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")

    field.fill("Webina")
    expect(option).to_be_visible()
    field.press("ArrowDown")
    field.press("Enter")
    page.wait_for_url(f"**{post.url}")

    page.goto(f"{live_server.url}/recherche/?q=bascule")
    expect(page.get_by_role("status")).to_contain_text("résultat")
    page.get_by_role("link", name="Billets de blog (1)").click()
    page.wait_for_url("**type=page-blogpage*")
    results = page.locator(".search-result")
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("Webinaire sur la bascule")
    expect(results.first.locator("mark").first).to_have_text("bascule")
