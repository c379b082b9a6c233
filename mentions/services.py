"""Notify the members a text mentions."""

from collections.abc import Callable

from django.db import models

from mentions.directory import Member, mentions_in
from mentions.rendering import member_text_plain
from notifications.services import notification_send
from notifications.verbs import Verb

EXCERPT_LENGTH = 280


def _excerpt(text: str) -> str:
    excerpt = member_text_plain(text)
    if len(excerpt) > EXCERPT_LENGTH:
        excerpt = excerpt[: EXCERPT_LENGTH - 1].rstrip() + "…"
    return excerpt


def mentioned_members(text: str) -> list[Member]:
    """Each member `text` mentions, once, in order of first mention."""
    members = {}
    for mention in mentions_in(text):
        members.setdefault(mention.member.pk, mention.member)
    return list(members.values())


def mentions_notify(
    *,
    author,
    text: str,
    target: models.Model,
    url: str,
    title: str = "",
    previous_text: str = "",
    visible_to: Callable | None = None,
) -> int:
    """Send one "mention" notification per member newly mentioned in `text`.

    Never the author, never a name that matches no single member, and never a
    member already notified for `target` (so editing a text without adding a
    mention notifies nobody). `previous_text` is the text before an edit;
    `visible_to` narrows a User queryset to those allowed to see `target`.
    Returns the number of members notified.
    """
    return _mentions_send(
        author=author,
        mentioned=mentioned_members(text),
        previous_text=previous_text,
        target=target,
        url=url,
        title=title,
        excerpt=_excerpt(text),
        visible_to=visible_to,
    )


def _mentions_send(
    *, author, mentioned, previous_text, target, url, title, excerpt, visible_to
) -> int:
    already = {member.pk for member in mentioned_members(previous_text)}
    recipients = [
        member.pk
        for member in mentioned
        if member.pk not in already and member.pk != author.pk
    ]
    if not recipients:
        return 0
    return notification_send(
        recipients=recipients,
        actor=author,
        verb=Verb.MENTION,
        target=target,
        url=url,
        title=title,
        excerpt=excerpt,
        visible_to=visible_to,
        once_per_target=True,
    )


def member_text_notify(
    *,
    author,
    text: str,
    target: models.Model,
    url: str,
    title: str = "",
    previous_text: str | None = None,
    reply_to=None,
    visible_to: Callable | None = None,
) -> int:
    """Everything a member's saved text (comment, message) notifies; return count.

    Mentions as `mentions_notify` does. On a new text (`previous_text` None)
    that answers another member's text, `reply_to` (that member) is told of the
    reply, unless they wrote it or are already mentioned in it. Call it once
    the text is committed, with `target` the text itself and `url` its anchor.
    """
    # The text is parsed once for every notice it sends.
    mentioned = mentioned_members(text)
    excerpt = _excerpt(text)
    count = _mentions_send(
        author=author,
        mentioned=mentioned,
        previous_text=previous_text or "",
        target=target,
        url=url,
        title=title,
        excerpt=excerpt,
        visible_to=visible_to,
    )
    if (
        previous_text is None
        and reply_to is not None
        and reply_to.pk != author.pk
        and reply_to.pk not in {member.pk for member in mentioned}
    ):
        count += notification_send(
            recipients=[reply_to],
            actor=author,
            verb=Verb.REPLY,
            target=target,
            url=url,
            title=title,
            excerpt=excerpt,
            visible_to=visible_to,
            once_per_target=True,
        )
    return count
