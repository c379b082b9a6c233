"""Member text to HTML: plain text, line breaks and links to web addresses only."""

import nh3
from django.utils.html import urlize
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import normalize_newlines

# What may come out of the rendering; anything else a member typed is text.
_ALLOWED_TAGS = {"a", "br"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}}
_ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def comment_text_to_html(text: str) -> SafeString:
    """Escape the text, link its web addresses, keep its line breaks.

    urlize escapes everything that is not an address; nh3 then re-checks the
    result against an allow-list, so a bug in either step cannot let markup,
    event handlers or `javascript:` links through.
    """
    linked = urlize(normalize_newlines(text), nofollow=False, autoescape=True)
    html = linked.replace("\n", "<br>")
    cleaned = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    )
    return mark_safe(cleaned)  # noqa: S308 - escaped then allow-list sanitised
