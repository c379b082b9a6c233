import pytest
from axe_playwright_python.sync_playwright import Axe

from discussions.models import Message, Thread
from home import search_sources
from home.models import StandardPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _serious_violations(page):
    results = Axe().run(page)
    return [
        (violation["id"], violation["help"])
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.fixture
def answer_source():
    search_sources.register_search_source(
        key="browser-answers",
        label="Réponses",
        order=99,
        search=lambda *, user, query: StandardPage.objects.live().filter(
            title__icontains=query
        ),
        template="discussions/search/thread_result.html",
        answers=True,
    )
    yield
    search_sources._sources.pop("browser-answers", None)


def test_member_replies_with_suggestions_while_typing(
    page, live_server, log_in, site_tree, answer_source
):
    thread = Thread.objects.get(slug="faq-posez-vos-questions")
    log_in(
        "membre", password="osmose-demo-2026", next_url=f"/echanges/fil/{thread.slug}/"
    )
    assert _serious_violations(page) == []

    box = page.locator(".osmose-suggestions")
    assert not box.is_visible()
    page.get_by_label("Votre message").fill("Règles")
    box.get_by_role("link", name="Règles et bonnes pratiques").wait_for()
    assert box.is_visible()

    page.get_by_label("Votre message").fill("Merci, j'ai trouvé dans les règles.")
    page.get_by_role("button", name="Publier le message").click()
    page.wait_for_load_state("networkidle")
    message = Message.objects.get(text="Merci, j'ai trouvé dans les règles.")
    assert f"#message-{message.pk}" in page.url
    assert page.locator(f"#message-{message.pk}").is_visible()

    page.goto(f"{live_server.url}/echanges/")
    assert page.get_by_role("link", name=thread.title).is_visible()
    assert _serious_violations(page) == []
