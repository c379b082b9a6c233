"""Anti-flood: how many texts a member may post in a sliding minute.

Counts live in Django's cache (local memory by default, Redis when REDIS_URL is
set, so every process shares them); nothing is written to the database. Each
kind of text (comments, chat messages...) has its own counter and limit.
"""

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


def _now() -> float:
    return time.time()


def _key(scope: str, user_id: int) -> str:
    return f"{scope}:flood:{user_id}"


def _recent(scope: str, user_id: int, now: float) -> list[float]:
    stamps = cache.get(_key(scope, user_id)) or []
    return [stamp for stamp in stamps if stamp > now - WINDOW_SECONDS]


def flood_exceeded(*, scope: str, user_id: int, limit: int) -> bool:
    """Whether this member posted `limit` texts of `scope` in the last minute."""
    return len(_recent(scope, user_id, _now())) >= limit


def flood_record(*, scope: str, user_id: int) -> None:
    """Count one more text of `scope` for this member."""
    now = _now()
    stamps = [*_recent(scope, user_id, now), now]
    cache.set(_key(scope, user_id), stamps, timeout=WINDOW_SECONDS)


def comment_flood_exceeded(*, user_id: int) -> bool:
    """Whether this member already posted the allowed number in the last minute."""
    return flood_exceeded(
        scope="comments", user_id=user_id, limit=settings.COMMENTS_MAX_PER_MINUTE
    )


def comment_flood_record(*, user_id: int) -> None:
    """Count one more comment for this member."""
    flood_record(scope="comments", user_id=user_id)
