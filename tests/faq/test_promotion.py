import pytest
from django.urls import reverse

from faq.models import FaqEntryPage
from home.promotions import (
    Promotion,
    promotion_published,
    promotion_target,
    promotion_targets_for,
)
from notifications.models import Notification


def promotion(asker, **fields) -> Promotion:
    fields.setdefault(
        "question",
        "Bonjour, un dossier déposé sur le guichet n'arrive pas dans notre logiciel "
        "d'instruction, que faire ? Merci d'avance.",
    )
    fields.setdefault(
        "answer", "Vérifiez le paramétrage des acteurs.\n\nPuis appelez l'éditeur <b>."
    )
    return Promotion(
        source_key="discussions.message:42",
        source_url="/echanges/fil/faq-posez-vos-questions/#message-42",
        source_title="FAQ : posez vos questions",
        asker_id=asker.pk,
        **fields,
    )


@pytest.fixture
def faq_target(faq_index):
    return promotion_target("faq")


def test_only_editors_and_administrators_may_promote(
    faq_index, member, editor, administrator
):
    assert "faq" not in [t.key for t in promotion_targets_for(member)]
    assert "faq" in [t.key for t in promotion_targets_for(editor)]
    assert "faq" in [t.key for t in promotion_targets_for(administrator)]


def test_promotion_creates_a_draft_entry_to_finish_in_the_admin(
    client, faq_target, member, editor
):
    url = faq_target.create(promotion=promotion(member), by=editor)

    entry = FaqEntryPage.objects.get()
    assert url == reverse("wagtailadmin_pages:edit", args=[entry.pk])
    assert not entry.live and entry.has_unpublished_changes
    assert entry.title == (
        "Bonjour, un dossier déposé sur le guichet n'arrive pas dans notre "
        "logiciel d'instruction, que faire ?"
    )
    assert entry.short_answer.startswith("Vérifiez le paramétrage des acteurs.")
    body = str(entry.answer)
    assert "<p>Vérifiez le paramétrage des acteurs.</p>" in body
    assert "&lt;b&gt;" in body and "<b>" not in body
    assert entry.source_url == "/echanges/fil/faq-posez-vos-questions/#message-42"
    assert entry.source_title == "FAQ : posez vos questions"
    assert entry.asked_by_id == member.pk
    assert entry.latest_revision is not None
    assert Notification.objects.count() == 0

    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert "Vérifiez le paramétrage des acteurs." in response.content.decode()


def test_a_long_question_makes_a_short_title(faq_target, member, editor):
    faq_target.create(promotion=promotion(member, question="mot " * 200), by=editor)

    assert len(FaqEntryPage.objects.get().title) <= 150


def test_publishing_tells_the_asker_and_the_source(
    faq_target, member, editor, make_user
):
    other_member = make_user()
    faq_target.create(promotion=promotion(member), by=editor)
    entry = FaqEntryPage.objects.get()
    received = []

    def receiver(sender, **kwargs):
        received.append(kwargs)

    promotion_published.connect(receiver)
    try:
        entry.get_latest_revision().publish(user=editor)
        entry.refresh_from_db()
        entry.save_revision(user=editor).publish(user=editor)  # a later edit
    finally:
        promotion_published.disconnect(receiver)

    assert len(received) == 1
    assert received[0]["source_key"] == "discussions.message:42"
    assert received[0]["url"] == entry.get_full_url()
    assert received[0]["title"] == entry.title
    asker_notices = Notification.objects.filter(recipient=member)
    assert asker_notices.count() == 1
    assert asker_notices.get().event.excerpt in (
        "Your question now has its answer in the FAQ.",
        "Votre question a maintenant sa réponse dans la FAQ.",
    )
    # The other members hear of a new entry, as for any entry.
    assert Notification.objects.filter(recipient=other_member).count() == 1


def test_the_same_question_twice_makes_two_drafts(faq_target, member, editor):
    faq_target.create(promotion=promotion(member), by=editor)
    faq_target.create(promotion=promotion(member), by=editor)

    slugs = sorted(FaqEntryPage.objects.values_list("slug", flat=True))
    assert len(slugs) == 2 and slugs[0] != slugs[1]
