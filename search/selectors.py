import re

from django.db import DatabaseError, transaction
from wagtail.models import Page

from home.search_sources import registered_search_sources
from home.visibility import pages_visible_to

WORD = re.compile(r"\w+")


def search_words(query: str) -> str:
    """The words of what a member typed: quotes, operators and markup are not
    search syntax here, so no query can break the backend."""
    return " ".join(WORD.findall(query))


def page_search_for_user(*, user, query: str):
    """Live pages of the site matching the query that this member may see."""
    pages = pages_visible_to(user, Page.objects.all()).specific()
    return pages.search(search_words(query))


def source_results_for_user(*, user, query: str, limit: int) -> list[dict]:
    """The best matches of every registered source (documents, threads…)."""
    words = search_words(query)
    sections = []
    for source in registered_search_sources():
        try:
            # A failed query aborts the transaction on PostgreSQL: keep it apart.
            with transaction.atomic():
                matches = list(source.search(user=user, query=words)[:limit])
        except DatabaseError:
            matches = []
        if matches:
            more_url = source.more_url(query) if source.more_url else ""
            sections.append(
                {"source": source, "results": matches, "more_url": more_url}
            )
    return sections
