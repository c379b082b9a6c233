"""“Déjà répondu ?”: answers already published (e.g. FAQ entries) that match
what a member is about to ask, from the search sources that hold answers."""

from home.search_sources import answer_sources

SUGGESTIONS_PER_SOURCE = 3
MIN_QUERY_LENGTH = 3


def suggestions_enabled() -> bool:
    return bool(answer_sources())


def _url_of(match) -> str:
    url = getattr(match, "url", None)
    if url is None and hasattr(match, "get_absolute_url"):
        url = match.get_absolute_url()
    return url or ""


def answer_suggestions(*, user, query: str) -> list[dict]:
    """Title and address of the best matches of every answer source."""
    if len(query) < MIN_QUERY_LENGTH:
        return []
    results = []
    for source in answer_sources():
        # Sliced before it runs, so a search asks only for its best matches.
        for match in source.search(user=user, query=query)[:SUGGESTIONS_PER_SOURCE]:
            url = _url_of(match)
            if url:
                results.append(
                    {
                        "title": str(getattr(match, "title", match)),
                        "url": url,
                        "source": str(source.label),
                    }
                )
    return results
