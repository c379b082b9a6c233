from wagtail.models import Page

from home.search_sources import registered_search_sources
from home.visibility import pages_visible_to


def page_search_for_user(*, user, query: str):
    """Live pages of the site matching the query that this member may see."""
    return pages_visible_to(user, Page.objects.all()).specific().search(query)


def source_results_for_user(*, user, query: str, limit: int) -> list[dict]:
    """The best matches of every registered source (documents, threads…)."""
    sections = []
    for source in registered_search_sources():
        matches = list(source.search(user=user, query=query)[:limit])
        if matches:
            more_url = source.more_url(query) if source.more_url else ""
            sections.append(
                {"source": source, "results": matches, "more_url": more_url}
            )
    return sections
