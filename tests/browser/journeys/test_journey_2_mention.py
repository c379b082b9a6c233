"""Journey 2: a member comments a blog post with an @ mention picked from the
autocomplete; the mentioned member's bell shows one more, and its dropdown leads
to the comment."""

from playwright.sync_api import expect

from comments.models import Comment
from tests.browser.journeys.helpers import unread_count

POST = "/blog/lancement-osmose/"


def test_mention_from_the_autocomplete_reaches_the_mentioned_bell(open_as, server):
    claire = open_as("crousseau")
    claire.goto(f"{server}/")
    before = unread_count(claire)

    helene = open_as("membre")
    helene.goto(f"{server}{POST}")
    box = helene.get_by_label("Votre commentaire")
    box.click()
    box.press_sequentially("Merci @clai")
    helene.get_by_role("option", name="Claire Rousseau").wait_for()
    box.press("Enter")
    box.press_sequentially("pour la relecture du guide.")
    expect(box).to_have_value("Merci @[crousseau] pour la relecture du guide.")
    helene.get_by_role("button", name="Publier le commentaire").click()

    comment = Comment.objects.get(text__endswith="pour la relecture du guide.")
    posted = helene.locator(f"#{comment.anchor}")
    expect(posted).to_contain_text("Merci @Claire Rousseau pour la relecture du guide.")
    expect(posted.get_by_role("link", name="@Claire Rousseau")).to_have_attribute(
        "href", "/membres/crousseau/"
    )

    claire.reload()
    assert unread_count(claire) == before + 1
    claire.locator("#header-notifications summary").click()
    notice = claire.locator("#header-notifications").get_by_role(
        "link", name="Hélène Martin vous a mentionné dans « OSMOSE ouvre ses portes"
    )
    notice.click()
    expect(claire).to_have_url(f"{server}{POST}#{comment.anchor}")
    expect(claire.locator(f"#{comment.anchor}")).to_be_in_viewport()
    assert unread_count(claire) == before
