"""Registry of what the site-wide search looks through besides pages.

Each service registers, from its AppConfig.ready(), a source: a key, a French
label, the order it is shown in and a `search(user=..., query=...)` function
returning the matches this member may see (visibility applied in the query),
best first. The search page asks every registered source, so it never imports
a service.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class SearchSource:
    key: str
    label: str
    order: int
    search: Callable[..., Iterable]
    # Renders one match as `result`; the list around it belongs to the search page.
    template: str
    # Where every match of a query is listed, if the service has its own search.
    more_url: Callable[[str], str] | None = None
    more_label: str = ""
    # A source of questions already answered (e.g. the FAQ), offered to members
    # about to ask a question.
    answers: bool = False


_sources: dict[str, SearchSource] = {}


def register_search_source(
    *,
    key: str,
    label: str,
    order: int,
    search: Callable[..., Iterable],
    template: str,
    more_url: Callable[[str], str] | None = None,
    more_label: str = "",
    answers: bool = False,
) -> None:
    """Add (or replace) a source; search(user=..., query=...) -> matches."""
    _sources[key] = SearchSource(
        key=key,
        label=label,
        order=order,
        search=search,
        template=template,
        more_url=more_url,
        more_label=more_label,
        answers=answers,
    )


def registered_search_sources() -> list[SearchSource]:
    return sorted(_sources.values(), key=lambda source: source.order)


def answer_sources() -> list[SearchSource]:
    """The sources of answered questions, to suggest before someone asks again."""
    return [source for source in registered_search_sources() if source.answers]
