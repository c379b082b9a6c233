"""Demo content of the FAQ: four categories and twenty entries on the
dematerialisation of planning permissions. Idempotent: looks before creating."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from faq.demo_entries import CATEGORIES, ENTRIES, PROMOTED_FROM
from faq.models import (
    FaqCategory,
    FaqEntryPage,
    FaqIndexPage,
    FaqLegalReference,
    FaqRelatedEntry,
)
from faq.selectors import faq_ask_question_url
from home.demo import ensure_child

DEMO_ORDER = 40
INDEX_ORDER = 50
CODE_URBANISME = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074075/"
CRPA = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000031366350/"


def _legal_url(label: str) -> str:
    if "relations entre le public" in label:
        return CRPA
    if "urbanisme" in label:
        return CODE_URBANISME
    return ""


def _ensure_categories() -> dict[str, FaqCategory]:
    categories = {}
    for position, (slug, name, description) in enumerate(CATEGORIES):
        category, _created = FaqCategory.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "description": description, "sort_order": position},
        )
        categories[slug] = category
    return categories


def _ensure_entry(index, categories, data, *, updated_on, owner) -> FaqEntryPage:
    existing = FaqEntryPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    entry = FaqEntryPage(
        slug=data["slug"],
        title=data["title"],
        category=categories[data["category"]],
        short_answer=data["short"],
        answer=[("paragraph", RichText(f"<p>{text}</p>")) for text in data["answer"]],
        keywords=data["keywords"],
        updated_on=updated_on,
        owner=owner,
    )
    if data["slug"] == PROMOTED_FROM["entry"]:
        entry.source_url = faq_ask_question_url()
        entry.source_title = PROMOTED_FROM["thread_title"]
    for label in data.get("legal", []):
        entry.legal_references.add(
            FaqLegalReference(label=label, url=_legal_url(label))
        )
    index.add_child(instance=entry)
    entry.save_revision(user=owner).publish(user=owner)
    # Spread the entries over the past weeks, as if written one after another.
    published_at = timezone.make_aware(
        datetime.datetime.combine(updated_on, datetime.time(10, 0))
    )
    FaqEntryPage.objects.filter(pk=entry.pk).update(
        first_published_at=published_at, last_published_at=published_at
    )
    return entry


def ensure_index(ctx) -> FaqIndexPage:
    """The service's entry page under the home page."""
    return ensure_child(
        ctx.home,
        FaqIndexPage,
        slug="faq",
        title="FAQ",
        introduction=(
            "<p>Toutes les questions sur la dématérialisation, capitalisées. La barre "
            "de recherche permet de chercher par mots-clés pour accéder facilement "
            "aux réponses.</p>"
        ),
    )


def load(ctx) -> None:
    index = ensure_index(ctx)
    categories = _ensure_categories()
    owner = ctx.users.get("editeur")
    today = timezone.localdate()
    entries = {}
    for position, data in enumerate(ENTRIES):
        entries[data["slug"]] = _ensure_entry(
            index,
            categories,
            data,
            updated_on=today - datetime.timedelta(days=3 * position + 2),
            owner=owner,
        )
    for data in ENTRIES:
        entry = entries[data["slug"]]
        if data.get("related") and not entry.related_links.exists():
            for slug in data["related"]:
                FaqRelatedEntry.objects.create(entry=entry, related_entry=entries[slug])
    ctx.say(f"FAQ: {len(ENTRIES)} entries in {len(CATEGORIES)} categories")
