"""Registry of what the site-wide search looks through.

Each service registers, from its AppConfig.ready(), a source: a key, a French
label, the order it is shown in and a `search(user=..., query=...)` function
returning the matches this member may see (visibility applied in the query,
before any slicing or counting), best first. The search page asks every
registered source, so it never imports a service.

A source may also say how one match reads in a list (`describe`, returning a
`SearchHit`: title, link, date, the text its excerpt is cut from), list its
matches newest first (`sorts_by_date`: `search` then accepts `by_date=True`),
and suggest titles as a member types (`suggest(user=, query=, limit=)`).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class SearchHit:
    """One match as the search page lists it, whatever its source."""

    title: str
    url: str
    date: date | datetime | None = None
    # The text the highlighted excerpt is taken from (plain text, unescaped).
    text: str = ""
    # A short line under the title: author, organisation, thread…
    context: str = ""
    # The kind of item, when a source lists several (e.g. a page's type).
    kind: str = ""


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
    # match -> SearchHit, for the site search's single list.
    describe: Callable[[object], SearchHit] | None = None
    # search(user=, query=, by_date=True) lists the newest matches first.
    sorts_by_date: bool = False
    # suggest(user=, query=, limit=) -> SearchHit list, as a member types.
    suggest: Callable[..., Iterable[SearchHit]] | None = None
    # Page types whose pages this source returns: the site search already lists
    # every page, so it leaves such a source out instead of showing them twice.
    page_types: tuple = field(default_factory=tuple)


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
    describe: Callable[[object], SearchHit] | None = None,
    sorts_by_date: bool = False,
    suggest: Callable[..., Iterable[SearchHit]] | None = None,
    page_types: tuple = (),
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
        describe=describe,
        sorts_by_date=sorts_by_date,
        suggest=suggest,
        page_types=tuple(page_types),
    )


def registered_search_sources() -> list[SearchSource]:
    return sorted(_sources.values(), key=lambda source: source.order)


def answer_sources() -> list[SearchSource]:
    """The sources of answered questions, to suggest before someone asks again."""
    return [source for source in registered_search_sources() if source.answers]
