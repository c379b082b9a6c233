"""Anti-flood: how many comments a member may post in a sliding minute.

Counts live in Django's cache (local memory by default, Redis when REDIS_URL is
set, so every process shares them); nothing is written to the database.
"""

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


def _now() -> float:
    return time.time()


def _key(user_id: int) -> str:
    return f"comments:flood:{user_id}"


def _recent(user_id: int, now: float) -> list[float]:
    stamps = cache.get(_key(user_id)) or []
    return [stamp for stamp in stamps if stamp > now - WINDOW_SECONDS]


def comment_flood_exceeded(*, user_id: int) -> bool:
    """Whether this member already posted the allowed number in the last minute."""
    limit = settings.COMMENTS_MAX_PER_MINUTE
    return len(_recent(user_id, _now())) >= limit


def comment_flood_record(*, user_id: int) -> None:
    """Count one more comment for this member."""
    now = _now()
    stamps = [*_recent(user_id, now), now]
    cache.set(_key(user_id), stamps, timeout=WINDOW_SECONDS)
