"""One demo site for every journey: loaded once, served by the session's live
server, browsed by one Chromium with a logged-in storage state per role.

Each journey reads or adds to the same demo content (as members would), so a
journey never assumes it runs first. When the package is done, the database
gets back its post-migration content for the tests that follow.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from playwright.sync_api import expect, sync_playwright

from tests.browser.conftest import CHROMIUM

PASSWORD = "osmose-demo-2026"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
ROLES = ("membre", "jdupont", "crousseau", "editeur", "admin")

# A loaded 2-core machine answers the admin's saves in more than 5 s.
expect.set_options(timeout=15_000)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/journeys/" in item.nodeid:
            # All journeys on one xdist worker: one demo load, one server.
            item.add_marker(pytest.mark.xdist_group("browser-journeys"))
            # Makes pytest-django create (and serialize) the test database;
            # `_django_db_marker` below keeps it from wrapping each journey.
            item.add_marker(pytest.mark.django_db(serialized_rollback=True))


@pytest.fixture(autouse=True)
def _django_db_marker():
    """No per-journey transaction or flush: `demo_site` holds the database."""


@pytest.fixture(autouse=True)
def _live_server_helper():
    """pytest-django's helper would make the first journey, which starts the
    live server, a transactional test whose teardown empties the database."""


def _restore_migrated_content(serialized: str) -> None:
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(serialized)
    # Cached content types may name rows the flush removed.
    ContentType.objects.clear_cache()


@pytest.fixture(scope="package")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("journeys-media")


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker, demo_media):
    """The whole demo, committed, and the live server that serves it."""
    from home import demo

    previous_media = settings.MEDIA_ROOT
    settings.MEDIA_ROOT = demo_media
    with django_db_blocker.unblock():
        name = str(connection.settings_dict["NAME"])
        assert "test" in name or "memory" in name, f"not a test database: {name}"
        serialized = getattr(connection, "_test_serialized_contents", None)
        if serialized is None:
            serialized = connection.creation.serialize_db_to_string()
        _restore_migrated_content(serialized)
        ctx = demo.build_context()
        ctx.say = lambda *args, **kwargs: None
        demo.load_all(ctx)
        yield ctx
        _restore_migrated_content(serialized)
    settings.MEDIA_ROOT = previous_media


@pytest.fixture
def media_root(demo_media):
    """The demo's files stay where the demo wrote them."""
    return demo_media


@pytest.fixture(scope="package")
def server(demo_site, request):
    # The session's live server, without pytest-django's per-test flush.
    live_server = request.getfixturevalue("live_server")
    return live_server.url


@pytest.fixture(scope="package")
def chromium(server):
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


def log_in(page, server, username, password=PASSWORD, next_url="/"):
    page.goto(f"{server}/connexion/?next={next_url}")
    page.get_by_label("Nom d'utilisateur").fill(username)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(f"{server}{next_url}")


@pytest.fixture(scope="package")
def storage_states(chromium, server, tmp_path_factory):
    """One logged-in session per demo account, shared by every journey."""
    folder = tmp_path_factory.mktemp("storage-states")
    states = {}
    for username in ROLES:
        context = chromium.new_context(locale="fr-FR")
        page = context.new_page()
        log_in(page, server, username)
        states[username] = str(folder / f"{username}.json")
        context.storage_state(path=states[username])
        context.close()
    return states


@pytest.fixture
def open_as(chromium, storage_states):
    """`open_as("membre")` → a page of a new browser context logged in as them."""
    contexts = []

    def open_page(username=None, *, viewport=DESKTOP, **options):
        context = chromium.new_context(
            locale="fr-FR",
            timezone_id="Europe/Paris",
            viewport=viewport,
            storage_state=storage_states[username] if username else None,
            **options,
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="package")
def screenshot_dir(tmp_path_factory):
    """`make e2e` writes the README's screenshots; other runs keep them aside."""
    target = os.environ.get("OSMOSE_SCREENSHOTS")
    if target:
        path = Path(target)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screenshots")


def save_screenshot(page, folder: Path, name: str) -> Path:
    """A small PNG of the viewport (a 128-colour palette keeps it light)."""
    from io import BytesIO

    from PIL import Image

    path = folder / f"{name}.png"
    image = Image.open(BytesIO(page.screenshot()))
    image.convert("RGB").quantize(colors=128).save(path, optimize=True)
    return path
