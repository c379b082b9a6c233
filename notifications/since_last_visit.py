"""Registry of the counts the home page's "since your last visit" block shows.

Each service registers, from its AppConfig.ready(), how many of its items are
new for a member since a date (e.g. messages in discussion threads)::

    register_since_last_visit_count(
        key="messages",
        order=10,
        count=lambda *, user, since: ...,        # -> int, one query
        label=lambda count: ngettext(...),       # "3 new messages"
        url=lambda: "/echanges/",                # where to see them
    )
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class SinceLastVisitCount:
    key: str
    order: int
    count: Callable[..., int]
    label: Callable[[int], str]
    url: Callable[[], str]


_counts: dict[str, SinceLastVisitCount] = {}


def register_since_last_visit_count(
    *,
    key: str,
    order: int,
    count: Callable[..., int],
    label: Callable[[int], str],
    url: Callable[[], str],
) -> None:
    """Add (or replace) a count; count(user=..., since=...) -> int."""
    _counts[key] = SinceLastVisitCount(
        key=key, order=order, count=count, label=label, url=url
    )


def since_last_visit_counts(*, user, since) -> list[dict]:
    """Each registered count that is not zero, with its label and link."""
    rows = []
    for entry in sorted(_counts.values(), key=lambda entry: entry.order):
        total = entry.count(user=user, since=since)
        if total:
            rows.append(
                {
                    "key": entry.key,
                    "count": total,
                    "label": entry.label(total),
                    "url": entry.url(),
                }
            )
    return rows
