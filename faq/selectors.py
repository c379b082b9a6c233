"""Reads of FAQ entries with the page-visibility rule members see."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse

from faq.models import FaqCategory, FaqEntryPage, FaqIndexPage, FaqVote
from faq.search import (
    MAX_QUERY_LENGTH,
    fold,
    highlight,
    query_terms,
    search_entries,
)
from home.pagination import paginate
from home.visibility import pages_visible_to

RESULTS_PER_PAGE = 20
LATEST_UPDATED_COUNT = 5
ASK_THREAD_SLUG = "faq-posez-vos-questions"
# Where the discussions service serves the thread, for as long as its URL name
# is not there to reverse.
ASK_THREAD_FALLBACK_URL = f"/echanges/fil/{ASK_THREAD_SLUG}/"


@dataclass
class CategoryGroup:
    category: FaqCategory | None
    entries: list = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.category.slug if self.category else "autres"


@dataclass(frozen=True)
class SearchMatch:
    entry: FaqEntryPage
    title: str
    short_answer: str


def faq_ask_question_url() -> str:
    """The thread where members ask a question the FAQ does not answer yet."""
    try:
        return reverse("discussions:thread", kwargs={"slug": ASK_THREAD_SLUG})
    except NoReverseMatch:
        return ASK_THREAD_FALLBACK_URL


def faq_index_page() -> FaqIndexPage | None:
    return FaqIndexPage.objects.live().first()


def faq_entry_list_for_user(*, user, index: FaqIndexPage | None = None):
    """Live entries (under `index` if given) this member may read."""
    entries = FaqEntryPage.objects.all()
    if index is not None:
        entries = entries.child_of(index)
    return pages_visible_to(user, entries).select_related("category")


def faq_search_for_user(*, user, query: str, index=None) -> list[FaqEntryPage]:
    """Entries matching `query` that this member may read, question matches first."""
    return search_entries(faq_entry_list_for_user(user=user, index=index), query)


def faq_search_url(query: str) -> str:
    index = faq_index_page()
    base = index.url if index is not None else "/faq/"
    return f"{base}?{urlencode({'q': query})}"


def _by_category(entries: list) -> list[CategoryGroup]:
    groups = {
        category.pk: CategoryGroup(category)
        for category in FaqCategory.objects.order_by("sort_order", "name")
    }
    others = CategoryGroup(None)
    for entry in entries:
        groups.get(entry.category_id, others).entries.append(entry)
    listed = [group for group in groups.values() if group.entries]
    return [*listed, others] if others.entries else listed


def faq_index_for_user(*, user, index: FaqIndexPage, query: str, page_number) -> dict:
    """The context of /faq/: the search results for a query, else the accordion
    by category with the latest updated entries."""
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    context = {
        "search_query": query,
        "results": None,
        "ask_url": faq_ask_question_url(),
    }
    if query:
        terms = query_terms(query)
        matches = faq_search_for_user(user=user, query=query, index=index)
        results = paginate(matches, page_number=page_number, per_page=RESULTS_PER_PAGE)
        results.object_list = [
            SearchMatch(
                entry=entry,
                title=highlight(entry.title, terms),
                short_answer=highlight(entry.short_answer, terms),
            )
            for entry in results.object_list
        ]
        context.update(results=results, result_count=len(matches))
        return context
    entries = sorted(
        faq_entry_list_for_user(user=user, index=index),
        # "À partir de…" sorts with the a's, whatever the database's collation.
        key=lambda entry: fold(entry.title),
    )
    context.update(
        groups=_by_category(entries),
        entry_count=len(entries),
        latest_entries=sorted(
            (entry for entry in entries if entry.updated_date),
            key=lambda entry: (entry.updated_date, entry.pk),
            reverse=True,
        )[:LATEST_UPDATED_COUNT],
    )
    return context


def faq_entry_details_for_user(*, user, entry: FaqEntryPage) -> dict:
    """What an entry's page shows besides its own fields."""
    context = {"ask_url": faq_ask_question_url(), "legal_references": [], "vote": None}
    context["legal_references"] = list(entry.legal_references.all())
    related_ids = [link.related_entry_id for link in entry.related_links.all()]
    related = {
        page.pk: page
        for page in faq_entry_list_for_user(user=user).filter(pk__in=related_ids)
    }
    context["related_entries"] = [related[pk] for pk in related_ids if pk in related]
    if entry.pk is not None and user.is_authenticated:
        context["vote"] = FaqVote.objects.filter(entry=entry, user=user).first()
    return context


def faq_latest_for_user(*, user, limit: int = 4) -> list[FaqEntryPage]:
    """The newest entries of the site, for the home page."""
    return list(
        faq_entry_list_for_user(user=user).order_by("-first_published_at", "-pk")[
            :limit
        ]
    )


def faq_vote_counts():
    """Entries with their "yes" and "no" counts, for editors."""
    return FaqEntryPage.objects.annotate(
        helpful_yes=Count("votes", filter=Q(votes__helpful=True)),
        helpful_no=Count("votes", filter=Q(votes__helpful=False)),
    )
