"""Anti-flood: how many texts a member may post in a minute.

Counts live in Django's cache (local memory by default, Redis when REDIS_URL is
set, so every process shares them); nothing is written to the database. Each
kind of text (comments, chat messages...) has its own counter and limit.

Taking a slot is one atomic step (`cache.add` then `cache.incr`, atomic in
Redis and in the local-memory cache): parallel posts by one member cannot all
read "under the limit" before any of them is counted. Windows are the
minutes of the clock.
"""

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


def _now() -> float:
    return time.time()


def _key(scope: str, user_id: int, now: float) -> str:
    return f"{scope}:flood:{user_id}:{int(now // WINDOW_SECONDS)}"


def flood_take(*, scope: str, user_id: int, limit: int) -> bool:
    """Count one more text of `scope` for this member; False when over `limit`."""
    key = _key(scope, user_id, _now())
    cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between add and incr: a new window has begun.
        cache.add(key, 1, timeout=WINDOW_SECONDS * 2)
        count = 1
    return count <= limit


def comment_flood_take(*, user_id: int) -> bool:
    """Count one more comment for this member; False when over the limit."""
    return flood_take(
        scope="comments", user_id=user_id, limit=settings.COMMENTS_MAX_PER_MINUTE
    )
