"""Who may do what in the discussion spaces.

Members reply, edit and delete their own messages and report others';
administrators (the "Administrateur" group, and superusers) also create, rename,
move, pin, lock and delete threads and hide or restore messages.
"""

from home.roles import ADMINISTRATOR


def is_administrator(user) -> bool:
    """Whether the user moderates the discussion spaces (cached on the user)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_discussions_administrator", None)
    if cached is None:
        cached = user.groups.filter(name=ADMINISTRATOR).exists()
        user._discussions_administrator = cached
    return cached


def can_manage_threads(user) -> bool:
    """Create, rename, move, pin, lock, resolve and delete threads."""
    return is_administrator(user)


def can_moderate(user) -> bool:
    """Hide and restore messages, read reports."""
    return is_administrator(user)


def can_reply(user, thread) -> bool:
    return (
        getattr(user, "is_authenticated", False)
        and user.is_active
        and not thread.locked
    )


def can_edit_message(user, message) -> bool:
    """Only its author edits a message, while it is published."""
    return (
        getattr(user, "is_authenticated", False)
        and user.is_active
        and message.author_id == user.pk
        and message.is_published
    )


def can_delete_message(user, message) -> bool:
    return can_edit_message(user, message)


def can_report_message(user, message) -> bool:
    return (
        getattr(user, "is_authenticated", False)
        and user.is_active
        and message.is_published
        and message.author_id != user.pk
    )
