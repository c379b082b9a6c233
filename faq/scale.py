"""Scale data: FAQ entries in the demo's categories."""

from datetime import timedelta

from faq.demo import _ensure_categories
from faq.models import FaqEntryPage, FaqIndexPage
from home.scale import bulk_add_pages

SCALE_ORDER = 26
COUNTS = {"faq_entries": 300}


def generate(ctx) -> None:
    index = FaqIndexPage.objects.child_of(ctx.home).first()
    categories = list(_ensure_categories().values())
    entries = []
    for _ in range(ctx.count("faq_entries")):
        published = ctx.past()
        entries.append(
            FaqEntryPage(
                title=ctx.title() + " ?",
                category=ctx.rng.choice(categories),
                keywords=", ".join(ctx.rng.sample(ctx_words(ctx), 3)),
                short_answer=ctx.sentence(10, 30)[:800],
                answer=[{"type": "paragraph", "value": f"<p>{ctx.paragraph(4)}</p>"}],
                updated_on=(published + timedelta(days=30)).date(),
                owner_id=ctx.member_id(),
                first_published_at=published,
            )
        )
    entries.sort(key=lambda entry: entry.first_published_at)
    bulk_add_pages(ctx, "FAQ entries", index, entries)


def ctx_words(ctx) -> list[str]:
    return ctx.title().lower().split() + ["urbanisme", "dépôt", "délai"]
