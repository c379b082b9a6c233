from django.utils.translation import gettext_lazy as _

from home.models import ServiceIndexPage


class DiscussionIndexPage(ServiceIndexPage):
    """ESPACES D'ÉCHANGES: themed discussion threads."""

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("discussion spaces page")
