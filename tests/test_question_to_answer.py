"""From a question asked in « FAQ : posez vos questions » to a published FAQ answer.

Crosses two services that never import each other: the discussion thread hands
the question and its answer to the FAQ through `home.promotions`, and learns of
the publication through its signal.
"""

import pytest

from discussions.models import Thread
from discussions.services import message_create
from faq.models import FaqEntryPage
from notifications.models import Notification

QUESTION = "Quel est le délai d'instruction d'un permis de construire dématérialisé ?"
ANSWER = "Le même que sur papier : deux mois pour une maison individuelle."


@pytest.mark.django_db(transaction=False)
def test_a_question_in_the_thread_becomes_a_published_faq_answer(
    client, site_tree, django_capture_on_commit_callbacks
):
    member, colleague = site_tree.users["membre"], site_tree.users["jdupont"]
    editor = site_tree.users["editeur"]
    thread = Thread.objects.get(slug="faq-posez-vos-questions")
    with django_capture_on_commit_callbacks(execute=True):
        question = message_create(
            author=member, thread=thread, text=QUESTION, check_flood=False
        )
        message_create(
            author=colleague,
            thread=thread,
            text=ANSWER,
            reply_to=question,
            check_flood=False,
        )

    client.force_login(editor)
    thread_page = client.get(f"/echanges/fil/{thread.slug}/", {"page": 1})
    assert thread_page.status_code == 200
    promote_url = f"/echanges/message/{question.pk}/promouvoir/"
    assert promote_url in thread_page.content.decode()
    response = client.post(promote_url, {"target": "faq"})

    entry = FaqEntryPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{entry.pk}/edit/"
    assert not entry.live
    assert entry.title.startswith("Quel est le délai d'instruction")
    assert ANSWER in str(entry.short_answer) + str(entry.answer)
    assert client.get(response["Location"]).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        entry.get_latest_revision().publish(user=editor)
    entry.refresh_from_db()

    asked = Notification.objects.filter(recipient=member, event__target_url=entry.url)
    assert entry.live
    assert (
        asked.exists()
        or Notification.objects.filter(
            recipient=member, event__target_url__contains=entry.url
        ).exists()
    )
    client.force_login(member)
    html = client.get(f"/echanges/fil/{thread.slug}/", {"page": 1}).content.decode()
    assert "Réponse publiée dans la FAQ" in html
    assert entry.url in html
