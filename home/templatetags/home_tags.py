from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from home.header import registered_header_tools

register = template.Library()

MAIN_NAVIGATION = [
    ("/", _("Home")),
    ("/blog/", _("Blog")),
    ("/calendrier/", _("Calendar")),
    ("/documents/", _("Documents")),
    ("/echanges/", _("Discussion spaces")),
    ("/faq/", _("FAQ")),
]


@register.inclusion_tag("home/tags/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The six services, the current one marked for assistive technologies."""
    path = context["request"].path
    items = [
        {
            "url": url,
            "label": label,
            "current": path == url if url == "/" else path.startswith(url),
        }
        for url, label in MAIN_NAVIGATION
    ]
    return {"items": items}


@register.simple_tag(takes_context=True)
def header_tools(context):
    """The entries services registered for the header's tool bar, in order."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return ""
    parts = []
    for tool in registered_header_tools():
        tool_context = tool.build(request)
        if tool_context is not None:
            parts.append(
                render_to_string(
                    tool.template, {"request": request, **tool_context}, request=None
                )
            )
    return mark_safe("".join(parts))  # noqa: S308 - rendered by autoescaping templates
