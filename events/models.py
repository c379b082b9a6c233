from django.utils.translation import gettext_lazy as _

from home.models import ServiceIndexPage


class EventIndexPage(ServiceIndexPage):
    """CALENDRIER: the programme's events."""

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("calendar page")
