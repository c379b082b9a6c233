from django.utils.functional import cached_property

from notifications import selectors

BELL_LATEST = 5


class Bell:
    """The header bell: unread count and latest items, one query on first use."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def _state(self) -> tuple[int, list]:
        return selectors.notification_bell_for_user(
            user=self.request.user, limit=BELL_LATEST
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
