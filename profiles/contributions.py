"""Registry of a member's recent contributions shown on their public profile.

Each service registers, from its AppConfig.ready(), a function returning the
member's latest items in that service, so profiles never imports a content app.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from wagtail.models import Page

from home.visibility import pages_visible_to


@dataclass(frozen=True)
class Contribution:
    title: str
    url: str
    date: datetime | None
    excerpt: str = ""


@dataclass(frozen=True)
class ContributionSource:
    key: str
    label: str
    order: int
    build: Callable[..., list[Contribution]]


_sources: dict[str, ContributionSource] = {}


def register_contribution_source(
    *, key: str, label: str, order: int, build: Callable[..., list[Contribution]]
) -> None:
    """Add (or replace) a source; build(member=..., viewer=..., limit=...) -> items.

    `build` must respect what `viewer` may see and run a constant number of queries.
    """
    _sources[key] = ContributionSource(key=key, label=label, order=order, build=build)


def registered_sources() -> list[ContributionSource]:
    return sorted(_sources.values(), key=lambda source: source.order)


def contributions_for_member(*, member, viewer, limit: int = 5) -> list[dict]:
    """Each source's latest items by `member` that `viewer` may see (if any)."""
    groups = []
    for source in registered_sources():
        items = source.build(member=member, viewer=viewer, limit=limit)
        if items:
            groups.append({"key": source.key, "label": source.label, "items": items})
    return groups


def published_pages(*, member, viewer, limit: int) -> list[Contribution]:
    """Pages (posts, events, FAQ entries…) the member owns that `viewer` may see."""
    pages = (
        pages_visible_to(viewer, Page.objects.filter(owner=member, depth__gt=3))
        .exclude(first_published_at=None)
        .order_by("-first_published_at")[:limit]
    )
    return [
        Contribution(title=page.title, url=page.url or "", date=page.first_published_at)
        for page in pages
    ]
