from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.models import EventType


class EventTypeViewSet(SnippetViewSet):
    model = EventType
    icon = "date"
    menu_label = _("Event types")
    add_to_admin_menu = False
    list_display = ["name", "slug"]


register_snippet(EventTypeViewSet)
