from django.utils.translation import gettext_lazy as _

from home.models import ServiceIndexPage


class FaqIndexPage(ServiceIndexPage):
    """FAQ: capitalised questions and answers."""

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("FAQ index page")
