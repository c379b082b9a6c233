from django import template

from mentions.rendering import member_text_html, member_text_plain

register = template.Library()


@register.filter(is_safe=True)
def member_text(value):
    """Render member-typed text: escaped, paragraphs, links, @mentions to profiles."""
    return member_text_html(str(value or ""))


@register.filter
def mentions_plain(value):
    """Plain text with mention tokens written as names (autoescaped by the template)."""
    return member_text_plain(str(value or ""))
