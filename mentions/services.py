"""Notify the members a text mentions."""

from collections.abc import Callable

from django.db import models

from mentions.directory import Member, mentions_in
from mentions.rendering import member_text_plain
from notifications.services import notification_send
from notifications.verbs import Verb

EXCERPT_LENGTH = 280


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
    already = {member.pk for member in mentioned_members(previous_text)}
    recipients = [
        member.pk
        for member in mentioned_members(text)
        if member.pk not in already and member.pk != author.pk
    ]
    if not recipients:
        return 0
    excerpt = member_text_plain(text)
    if len(excerpt) > EXCERPT_LENGTH:
        excerpt = excerpt[: EXCERPT_LENGTH - 1].rstrip() + "…"
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
