from django import template
from django.utils.translation import gettext_lazy as _

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
