"""Per-member pieces of the shared layout, cached until the member's data changes.

Every page shows the member's bell, unread message count, photo and
administration link. Each is computed once, kept in the cache under the
member's id, and forgotten by the service that changes it:

    count = member_cached("messages", user.pk, lambda: unread_total(user))
    member_forget("messages", recipient_ids)   # after the change commits

`member_forget` deletes the entry at once and again when the transaction
commits, so a request running meanwhile cannot keep the old value. Entries also
expire after TIMEOUT seconds, which bounds what a change made outside the
services (a data migration, the shell) can leave stale.
"""

from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import transaction

TIMEOUT = 120


def _key(part: str, user_id: int) -> str:
    return f"layout:{part}:{user_id}"


def member_cached(part: str, user_id: int, build: Callable):
    """The cached `part` of this member's layout, built (and stored) when missing."""
    key = _key(part, user_id)
    stored = cache.get(key)
    if stored is None:
        stored = (build(),)  # wrapped, so a None or 0 result is cached too
        cache.set(key, stored, TIMEOUT)
    return stored[0]


def member_forget(part: str, user_ids: Iterable[int]) -> None:
    """Drop the cached `part` of these members now and when the transaction commits.

    Now, for the rest of this request; again after the commit, in case another
    request cached the old value in between.
    """
    keys = [_key(part, user_id) for user_id in set(user_ids) if user_id]
    if keys:
        cache.delete_many(keys)
        if transaction.get_connection().in_atomic_block:
            transaction.on_commit(lambda: cache.delete_many(keys))
