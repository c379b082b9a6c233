"""What a notification can be about, and what a member gets by default."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Verb(models.TextChoices):
    MENTION = "mention", _("Someone mentions me")
    REPLY = "reply", _("Someone replies to my comment")
    THREAD_MESSAGE = "thread_message", _("A new message in a thread I follow")
    NEW_POST = "new_post", _("A new blog post")
    NEW_EVENT = "new_event", _("A new event")
    EVENT_CHANGED = "event_changed", _("An event I take part in changes")
    EVENT_CANCELLED = "event_cancelled", _("An event I take part in is cancelled")
    NEW_DOCUMENT = "new_document", _("A new or updated document")
    NEW_FAQ = "new_faq", _("A new FAQ entry")
    NEW_THREAD = "new_thread", _("A new discussion thread")
    DIRECT_MESSAGE = "direct_message", _("A new private message")
    ACCOUNT_REQUEST = "account_request", _("A membership request to review")
    DATA_EXPORT_READY = "data_export_ready", _("My personal data export is ready")
    MODERATION_SUBMITTED = (
        "moderation_submitted",
        _("A page awaits my review (moderation)"),
    )
    MODERATION_APPROVED = (
        "moderation_approved",
        _("A page I submitted for moderation is published"),
    )
    MODERATION_REJECTED = (
        "moderation_rejected",
        _("A page I submitted for moderation is sent back"),
    )


# How each notification reads in the bell, the list and the e-mails.
MESSAGES = {
    Verb.MENTION: _("%(actor)s mentioned you in “%(title)s”"),
    Verb.REPLY: _("%(actor)s replied to your comment on “%(title)s”"),
    Verb.THREAD_MESSAGE: _("%(actor)s wrote in “%(title)s”"),
    Verb.NEW_POST: _("New blog post: “%(title)s”"),
    Verb.NEW_EVENT: _("New event: “%(title)s”"),
    Verb.EVENT_CHANGED: _("Event changed: “%(title)s”"),
    Verb.EVENT_CANCELLED: _("Event cancelled: “%(title)s”"),
    Verb.NEW_DOCUMENT: _("New or updated document: “%(title)s”"),
    Verb.NEW_FAQ: _("New FAQ entry: “%(title)s”"),
    Verb.NEW_THREAD: _("New thread: “%(title)s”"),
    Verb.DIRECT_MESSAGE: _("New private messages: “%(title)s”"),
    Verb.ACCOUNT_REQUEST: _("Membership request to review: “%(title)s”"),
    Verb.DATA_EXPORT_READY: _("Your personal data export is ready to download"),
    Verb.MODERATION_SUBMITTED: _("%(actor)s submitted “%(title)s” for moderation"),
    Verb.MODERATION_APPROVED: _("%(actor)s published “%(title)s”"),
    Verb.MODERATION_REJECTED: _("%(actor)s sent “%(title)s” back for changes"),
}

# Mentions, cancellations and private messages are mailed at once; every other
# verb waits for the daily digest.
IMMEDIATE_EMAIL_VERBS = frozenset(
    {Verb.MENTION, Verb.EVENT_CANCELLED, Verb.DIRECT_MESSAGE}
)

# (on site, by e-mail) for a member who never changed their preferences.
DEFAULT_PREFERENCES = {
    Verb.MENTION: (True, True),
    Verb.REPLY: (True, True),
    Verb.THREAD_MESSAGE: (True, True),
    Verb.NEW_POST: (True, False),
    Verb.NEW_EVENT: (True, False),
    Verb.EVENT_CHANGED: (True, True),
    Verb.EVENT_CANCELLED: (True, True),
    Verb.NEW_DOCUMENT: (True, False),
    Verb.NEW_FAQ: (True, False),
    Verb.NEW_THREAD: (True, False),
    Verb.DIRECT_MESSAGE: (True, True),
    Verb.ACCOUNT_REQUEST: (True, False),
    Verb.DATA_EXPORT_READY: (True, False),
    # Wagtail already mails moderators and authors about moderation.
    Verb.MODERATION_SUBMITTED: (True, False),
    Verb.MODERATION_APPROVED: (True, False),
    Verb.MODERATION_REJECTED: (True, False),
}

# The verbs some installed service sends: only those appear in a member's
# preferences (a choice about notices nobody sends would mislead). Each service
# offers its verbs from its AppConfig.ready().
_offered: set[str] = set()


def offer_verbs(*verbs: Verb) -> None:
    _offered.update(verbs)


def offered_verbs() -> list[Verb]:
    """The verbs a member may set preferences for, in their declared order."""
    return [verb for verb in Verb if verb in _offered]
