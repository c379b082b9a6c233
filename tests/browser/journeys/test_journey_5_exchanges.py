"""Journey 5: a member replies in a thread, another finds the reply at their
first unread message; only an administrator opens a thread."""

import re

from playwright.sync_api import expect

from discussions.models import Message, Thread


def test_reply_is_found_at_the_first_unread_and_only_admins_open_threads(
    open_as, server
):
    thread = Thread.objects.get(slug="faq-posez-vos-questions")
    url = f"{server}/echanges/fil/{thread.slug}/"
    jean = open_as("jdupont")
    jean.goto(url)  # Jean has read the thread up to here.

    helene = open_as("membre")
    helene.goto(f"{server}/echanges/")
    helene.get_by_role("link", name=thread.title).first.click()
    expect(helene.get_by_role("link", name="Posez une question")).to_have_count(0)
    helene.get_by_label("Votre message").fill("Où trouver le modèle d'arrêté ?")
    helene.get_by_role("button", name="Publier le message").click()
    message = Message.objects.get(text="Où trouver le modèle d'arrêté ?")
    expect(helene.locator(f"#message-{message.pk}")).to_be_visible()

    jean.goto(url)
    expect(jean).to_have_url(
        re.compile(re.escape(url) + r"\?page=\d+#nouveaux-messages$")
    )
    divider = jean.locator("#nouveaux-messages")
    expect(divider).to_contain_text("Nouveaux messages")
    reply = jean.locator(f"#message-{message.pk}")
    expect(reply).to_contain_text("Où trouver le modèle d'arrêté ?")
    assert reply.bounding_box()["y"] > divider.bounding_box()["y"]

    admin = open_as("admin")
    admin.goto(f"{server}/echanges/")
    admin.get_by_role("link", name="Posez une question").click()
    admin.get_by_label("Question ou sujet").fill("Quel format pour les plans ?")
    admin.get_by_label("Message d'ouverture").fill("Partagez vos pratiques.")
    admin.get_by_role("button", name="Ouvrir le fil").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text(
        "Quel format pour les plans ?"
    )
