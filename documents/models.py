from django.utils.translation import gettext_lazy as _

from home.models import ServiceIndexPage


class DocumentIndexPage(ServiceIndexPage):
    """DOCUMENTS: the programme's library."""

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("document library page")
