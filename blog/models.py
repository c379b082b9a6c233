from django.utils.translation import gettext_lazy as _

from home.models import ServiceIndexPage


class BlogIndexPage(ServiceIndexPage):
    """BLOG: the programme's news, newest first."""

    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("blog index page")
