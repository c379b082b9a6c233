"""axe-core finds no "serious" or "critical" violation on any page type, on a
desktop and on a phone; the same visit writes the README's screenshots."""

import pytest
from playwright.sync_api import expect

from blog.models import BlogPage
from discussions.models import Thread
from documents.models import LibraryDocument
from events.models import EventPage
from messaging.models import Conversation
from tests.browser.journeys.conftest import DESKTOP, PHONE, save_screenshot
from tests.browser.journeys.helpers import serious_violations

# (screenshot name or None, path); the services' pages get a screenshot.
SERVICE_PAGES = [
    ("accueil", "/"),
    ("blog", "/blog/"),
    ("calendrier", "/calendrier/"),
    ("documents", "/documents/"),
    ("echanges", "/echanges/"),
    ("faq", "/faq/"),
    ("messages", "/messages/"),
    ("recherche", "/recherche/?q=guichet"),
]


def _detail_pages():
    post = BlogPage.objects.live().order_by("-date").first()
    event = EventPage.objects.live().order_by("pk").first()
    document = LibraryDocument.objects.get(
        title="Webinaire : instruire un dossier dématérialisé"
    )
    thread = Thread.objects.get(slug="faq-posez-vos-questions")
    conversation = Conversation.objects.filter(
        participants__user__username="membre"
    ).first()
    return [
        post.url,
        event.url,
        "/calendrier/mois/",
        "/calendrier/archives/",
        document.get_absolute_url(),
        document.display_url,
        f"/echanges/fil/{thread.slug}/",
        "/membres/jdupont/",
        "/membres/",
        "/profil/",
        "/notifications/",
        "/notifications/preferences/",
        conversation.get_absolute_url(),
    ]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_page_type_has_no_serious_violation(
    open_as, server, screenshot_dir, viewport
):
    suffix = "desktop" if viewport is DESKTOP else "telephone"
    violations = []

    anonymous = open_as(viewport=viewport)
    anonymous.goto(f"{server}/connexion/")
    violations += serious_violations(anonymous)

    page = open_as("membre", viewport=viewport)
    for name, path in SERVICE_PAGES:
        response = page.goto(f"{server}{path}")
        assert response.status == 200, path
        violations += serious_violations(page)
        save_screenshot(page, screenshot_dir, f"{name}-{suffix}")
    for path in _detail_pages():
        response = page.goto(f"{server}{path}")
        assert response.status == 200, path
        violations += serious_violations(page)

    page.goto(f"{server}/faq/")
    page.locator("[data-faq-entry] .fr-accordion__btn").first.click()
    expect(page.locator("[data-faq-entry] .fr-collapse").first).to_be_visible()
    violations += serious_violations(page)

    assert violations == []
