"""The site root and the plain content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock


class HomePage(Page):
    """ACCUEIL: the site root, an overview of what is new in every service."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    def get_context(self, request, *args, **kwargs):
        from home.selectors import home_sections_for_user, service_pages

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections_for_user(user=request.user, home=self)
        context["services"] = service_pages(home=self)
        return context

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """A plain content page, e.g. "OSMOSE : qu'est-ce que c'est ?" or the rules."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class ServiceIndexPage(Page):
    """Common shape of the six services' entry pages: a title and an introduction."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
