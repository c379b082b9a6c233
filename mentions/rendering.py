"""Turn member text into safe HTML (or plain text) with mentions resolved."""

import re

from django.urls import reverse
from django.utils.html import format_html, linebreaks, urlize
from django.utils.safestring import SafeString, mark_safe

from mentions.directory import mentions_in
from osmose_site.text import bidi_neutralised

# A web address with credentials before its host ("http://osmose@evil.example/")
# reads as if it led to "osmose": such a part is dropped from the link and its
# text, so the member sees the host the link really leads to.
_USERINFO_URL = re.compile(
    r"(?:\b(https?://)|(?<![\w.])(?=www\.))[^\s/?#@]+@", re.IGNORECASE
)


def _without_userinfo(text: str) -> str:
    return _USERINFO_URL.sub(lambda match: match.group(1) or "", text)


def _escaped(text: str) -> str:
    # urlize escapes everything that is not a link it builds.
    return urlize(
        _without_userinfo(bidi_neutralised(text)), nofollow=True, autoescape=True
    )


def member_text_links_html(text: str) -> SafeString:
    """Escaped text with web addresses and mentions as links; newlines kept as is."""
    text = text or ""
    parts, position = [], 0
    for mention in mentions_in(text):
        parts.append(_escaped(text[position : mention.start]))
        parts.append(
            format_html(
                '<a class="osmose-mention" href="{}">@{}</a>',
                reverse("profiles:detail", args=[mention.member.username]),
                mention.member.name,
            )
        )
        position = mention.end
    parts.append(_escaped(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above


def member_text_html(text: str) -> SafeString:
    """Escaped paragraphs, clickable links and mentions linked to profiles."""
    return mark_safe(linebreaks(member_text_links_html(text), autoescape=False))  # noqa: S308 - escaped by member_text_links_html


def member_text_plain(text: str) -> str:
    """The text with each mention written "@Prénom Nom" (for excerpts and e-mails)."""
    text = text or ""
    parts, position = [], 0
    for mention in mentions_in(text):
        parts.append(text[position : mention.start])
        parts.append(f"@{mention.member.name}")
        position = mention.end
    parts.append(text[position:])
    return "".join(parts)
