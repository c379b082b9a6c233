from django.utils.functional import cached_property

from notifications import selectors

BELL_LATEST = 5


class Bell:
    """The header bell: unread count and latest items, each one query, on first use."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def unread_count(self) -> int:
        return selectors.notification_unread_count(user=self.request.user)

    @cached_property
    def latest(self) -> list:
        return selectors.notification_latest_for_user(
            user=self.request.user, limit=BELL_LATEST
        )


def bell(request):
    """`notification_bell`, shared by every template of the request, queried lazily."""
    if not hasattr(request, "_notification_bell"):
        request._notification_bell = Bell(request)
    return {"notification_bell": request._notification_bell}
