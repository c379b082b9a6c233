import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

# The journeys load the whole demo and drive every service: `make e2e` runs
# them (OSMOSE_E2E=1); the suite keeps the quicker browser tests.
collect_ignore = [] if os.environ.get("OSMOSE_E2E") else ["journeys"]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def browser():
    # Function scope: while Playwright's loop runs in this thread, Django's
    # connection handler hands out other connection objects, which lose the
    # serialized test data that transactional tests restore between tests.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def log_in(page, live_server):
    def log_in_as(username, password="motdepasse-solide-42", next_url="/"):
        page.goto(f"{live_server.url}/connexion/?next={next_url}")
        page.get_by_label("Nom d'utilisateur").fill(username)
        page.get_by_label("Mot de passe").fill(password)
        page.get_by_role("button", name="Se connecter").click()
        page.wait_for_load_state("networkidle")

    return log_in_as
