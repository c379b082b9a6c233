"""Writes of the FAQ: members' votes and drafts made from a question."""

from django.db import transaction
from django.urls import reverse
from django.utils.html import escape, linebreaks
from django.utils.text import Truncator, slugify
from wagtail.coreutils import find_available_slug
from wagtail.rich_text import RichText

from faq.models import FaqEntryPage, FaqIndexPage, FaqVote
from home.promotions import Promotion

TITLE_LENGTH = 150
SHORT_ANSWER_LENGTH = 600


@transaction.atomic
def faq_vote_cast(*, entry: FaqEntryPage, user, helpful: bool) -> FaqVote:
    """Record (or change) this member's answer to "Did this answer help you?"."""
    vote, _created = FaqVote.objects.update_or_create(
        entry=entry, user=user, defaults={"helpful": helpful}
    )
    return vote


def _question_title(question: str) -> str:
    """The first question of a message, or its start, as an entry's title."""
    text = " ".join(question.split())
    mark = text.find("?")
    if 0 < mark < TITLE_LENGTH:
        text = text[: mark + 1]
    return Truncator(text).chars(TITLE_LENGTH) or "?"


def faq_user_can_add_entry(user) -> bool:
    """Whether this user may add entries under the FAQ index (editors, admins)."""
    index = FaqIndexPage.objects.first()
    if index is None or not user.is_authenticated:
        return False
    return index.permissions_for_user(user).can_add_subpage()


@transaction.atomic
def faq_entry_draft_from_promotion(*, promotion: Promotion, by) -> str:
    """A draft entry pre-filled from a question and its answer; its admin edit URL.

    Precondition: `by` may add entries (see `faq_user_can_add_entry`).
    """
    index = FaqIndexPage.objects.first()
    if index is None:
        raise FaqIndexPage.DoesNotExist
    answer = (promotion.answer or "").strip()
    # Member text: escaped, kept as paragraphs for the editor to rework.
    body = [("paragraph", RichText(linebreaks(escape(answer))))] if answer else []
    title = _question_title(promotion.question)
    entry = FaqEntryPage(
        title=title,
        # The same question asked twice makes two drafts, not an error.
        slug=find_available_slug(index, slugify(title)[:80] or "question"),
        short_answer=Truncator(" ".join(answer.split())).chars(SHORT_ANSWER_LENGTH),
        answer=body,
        source_url=promotion.source_url[:500],
        source_title=Truncator(promotion.source_title).chars(255),
        source_key=promotion.source_key[:100],
        asked_by_id=promotion.asker_id,
        live=False,
        owner=by,
    )
    index.add_child(instance=entry)
    entry.save_revision(user=by, log_action=True)
    return reverse("wagtailadmin_pages:edit", args=[entry.pk])
