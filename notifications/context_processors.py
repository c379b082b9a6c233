from django.utils.functional import cached_property

from home.member_cache import member_cached
from notifications import selectors

BELL_LATEST = 5


class Bell:
    """The header bell: unread count and latest items, cached per member.

    One query when the cache misses; the notifications services forget the
    entry when a member's notifications change.
    """

    def __init__(self, request):
        self.request = request

    @cached_property
    def _state(self) -> tuple[int, list]:
        user = self.request.user
        return member_cached(
            selectors.BELL_CACHE,
            user.pk,
            lambda: selectors.notification_bell_for_user(user=user, limit=BELL_LATEST),
        )

    @property
    def unread_count(self) -> int:
        return self._state[0]

    @property
    def latest(self) -> list:
        return self._state[1]


def bell(request):
    """`notification_bell`, shared by every template of the request, queried lazily."""
    if not hasattr(request, "_notification_bell"):
        request._notification_bell = Bell(request)
    return {"notification_bell": request._notification_bell}
