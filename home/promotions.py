"""Turning a member's question, and the reply that answered it, into content.

A service holding questions (discussion threads) offers each registered target
(e.g. a draft FAQ entry) to the users the target allows, hands it a `Promotion`,
and sends the user to the URL `create` returns to finish the draft. When the
content is published, the target sends `promotion_published` so the source can
link to it and tell the people concerned. Neither side imports the other.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.dispatch import Signal


@dataclass(frozen=True)
class Promotion:
    # Identifies the source item for the round trip, e.g. "discussions.message:42".
    source_key: str
    question: str
    answer: str
    source_url: str
    source_title: str
    asker_id: int | None = None
    answerer_id: int | None = None


@dataclass(frozen=True)
class PromotionTarget:
    key: str
    label: str
    allowed: Callable[..., bool]  # allowed(user) -> bool
    create: Callable[..., str]  # create(promotion=..., by=...) -> URL to finish it


_targets: dict[str, PromotionTarget] = {}

# Sent by a target when content created from a promotion is first published:
# source_key, url, title.
promotion_published = Signal()


def register_promotion_target(
    *,
    key: str,
    label: str,
    allowed: Callable[..., bool],
    create: Callable[..., str],
) -> None:
    _targets[key] = PromotionTarget(
        key=key, label=label, allowed=allowed, create=create
    )


def promotion_targets_for(user) -> list[PromotionTarget]:
    """The targets this user may promote to, by key."""
    return [target for _, target in sorted(_targets.items()) if target.allowed(user)]


def promotion_target(key: str) -> PromotionTarget | None:
    return _targets.get(key)
