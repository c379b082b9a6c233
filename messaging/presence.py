"""Who has a conversation open right now, counted in the cache.

Each open socket counts one for its (conversation, member) pair; the count
expires unless the page pings, so a process that dies without saying goodbye
leaves nobody marked present for long. The cache is Redis when REDIS_URL is
set, so every server process sees the same presence.
"""

from collections.abc import Iterable

from django.core.cache import cache

PRESENCE_TIMEOUT = 90  # seconds; the page pings every 30


def _key(conversation_id: int, user_id: int) -> str:
    return f"messaging:online:{conversation_id}:{user_id}"


def presence_join(*, conversation_id: int, user_id: int) -> None:
    """Count one more open socket of this member on this conversation."""
    key = _key(conversation_id, user_id)
    if cache.add(key, 1, timeout=PRESENCE_TIMEOUT):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, timeout=PRESENCE_TIMEOUT)
    cache.touch(key, timeout=PRESENCE_TIMEOUT)


def presence_refresh(*, conversation_id: int, user_id: int) -> None:
    """Keep an open socket counted (the page pings)."""
    key = _key(conversation_id, user_id)
    if not cache.touch(key, timeout=PRESENCE_TIMEOUT):
        cache.add(key, 1, timeout=PRESENCE_TIMEOUT)


def presence_leave(*, conversation_id: int, user_id: int) -> None:
    """Count one socket fewer; the member is gone when none is left."""
    key = _key(conversation_id, user_id)
    try:
        remaining = cache.decr(key)
    except ValueError:
        return
    if remaining <= 0:
        cache.delete(key)


def present_user_ids(*, conversation_id: int, user_ids: Iterable[int]) -> set[int]:
    """Which of these members have the conversation open."""
    keys = {_key(conversation_id, user_id): user_id for user_id in user_ids}
    found = cache.get_many(list(keys))
    return {keys[key] for key, count in found.items() if count and count > 0}
