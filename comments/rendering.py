"""Member text to HTML: plain text, line breaks, links to web addresses and mentions."""

import nh3
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import normalize_newlines

from mentions.rendering import member_text_links_html

# What may come out of the rendering; anything else a member typed is text.
_ALLOWED_TAGS = {"a", "br"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}}
_ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
_ALLOWED_CLASSES = {"a": {"osmose-mention"}}


def comment_text_to_html(text: str) -> SafeString:
    """Escape the text, link its web addresses and @mentions, keep its line breaks.

    The mentions renderer escapes everything that is not a link it builds; nh3
    then re-checks the result against an allow-list, so a bug in either step
    cannot let markup, event handlers or `javascript:` links through.
    """
    linked = member_text_links_html(normalize_newlines(text))
    html = linked.replace("\n", "<br>")
    cleaned = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_ALLOWED_URL_SCHEMES,
        allowed_classes=_ALLOWED_CLASSES,
        link_rel="nofollow noopener noreferrer",
    )
    return mark_safe(cleaned)  # noqa: S308 - escaped then allow-list sanitised
