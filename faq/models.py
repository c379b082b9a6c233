"""FAQ: the index page at /faq/, its categories, entries and members' votes."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import ServiceIndexPage


class FaqCategory(Orderable):
    """A theme grouping FAQ entries (one accordion on /faq/), edited as a snippet."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    def __str__(self):
        return self.name

    class Meta(Orderable.Meta):
        verbose_name = _("FAQ category")
        verbose_name_plural = _("FAQ categories")


class FaqIndexPage(ServiceIndexPage):
    """FAQ: capitalised questions and answers, by category, with a search bar."""

    def get_context(self, request, *args, **kwargs):
        from faq.selectors import faq_index_for_user

        context = super().get_context(request, *args, **kwargs)
        context.update(
            faq_index_for_user(
                user=request.user,
                index=self,
                query=request.GET.get("q", ""),
                page_number=request.GET.get("page"),
            )
        )
        return context

    subpage_types = ["faq.FaqEntryPage"]

    class Meta:
        verbose_name = _("FAQ index page")


class FaqLegalReference(Orderable):
    entry = ParentalKey(
        "faq.FaqEntryPage", related_name="legal_references", on_delete=models.CASCADE
    )
    label = models.CharField(
        _("reference"),
        max_length=200,
        help_text=_("E.g. Article R. 423-19 of the Code de l'urbanisme."),
    )
    url = models.URLField(_("link"), blank=True, help_text=_("E.g. on Légifrance."))

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("legal reference")
        verbose_name_plural = _("legal references")


class FaqRelatedEntry(Orderable):
    entry = ParentalKey(
        "faq.FaqEntryPage", related_name="related_links", on_delete=models.CASCADE
    )
    related_entry = models.ForeignKey(
        "faq.FaqEntryPage",
        verbose_name=_("entry"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related_entry")]

    class Meta(Orderable.Meta):
        verbose_name = _("related entry")
        verbose_name_plural = _("related entries")


class FaqEntryPage(RoutablePageMixin, Page):
    """One question (the title), its short and full answers, and its sources."""

    category = models.ForeignKey(
        FaqCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="entries",
    )
    keywords = models.CharField(
        _("keywords"),
        max_length=300,
        blank=True,
        help_text=_("Words members may search with, separated by commas."),
    )
    short_answer = models.TextField(
        _("short answer"),
        max_length=800,
        help_text=_("Two or three sentences shown in the list and the search results."),
    )
    answer = StreamField(BaseStreamBlock(), verbose_name=_("full answer"), blank=True)
    updated_on = models.DateField(
        _("updated on"),
        null=True,
        blank=True,
        help_text=_("Shown as “updated on”; leave empty to use the last publication."),
    )
    source_url = models.CharField(
        _("source thread address"),
        max_length=500,
        blank=True,
        # A site address ("/echanges/…") or a web one: never "javascript:".
        validators=[
            RegexValidator(
                r"^(/(?!/)|https?://)",
                _("Enter an address on this site (starting with /) or a web address."),
            )
        ],
    )
    source_title = models.CharField(
        _("source thread title"), max_length=255, blank=True
    )
    # Set when the entry comes from a question asked elsewhere (e.g. a thread):
    # its first publication tells the asker and the source.
    source_key = models.CharField(max_length=100, blank=True, editable=False)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # The "updated on" date members were last told about (see faq.signals).
    update_notified_on = models.DateField(null=True, blank=True, editable=False)
    # Its first publication notifies the members who may read it (notifications).
    notification_verb = "new_faq"

    content_panels = [
        *Page.content_panels,
        FieldPanel("category"),
        FieldPanel("short_answer"),
        FieldPanel("answer"),
        FieldPanel("keywords"),
        FieldPanel("updated_on"),
        InlinePanel("legal_references", label=_("Legal references")),
        InlinePanel("related_links", label=_("Related entries")),
        MultiFieldPanel(
            [FieldPanel("source_title"), FieldPanel("source_url")],
            heading=_("Source thread"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("short_answer"),
        index.SearchField("keywords", boost=2),
        index.SearchField("answer"),
        index.AutocompleteField("keywords"),
        index.FilterField("category"),
    ]

    @property
    def updated_date(self):
        """ "Mis à jour le": the editor's date, else the last publication's day."""
        if self.updated_on:
            return self.updated_on
        moment = self.last_published_at or self.latest_revision_created_at
        return timezone.localdate(moment) if moment else None

    def with_content_json(self, content):
        # A revision saved before the last notice must not bring back its date.
        page = super().with_content_json(content)
        page.update_notified_on = self.update_notified_on
        return page

    @property
    def keyword_list(self) -> list[str]:
        return [word.strip() for word in self.keywords.split(",") if word.strip()]

    def get_context(self, request, *args, **kwargs):
        from faq.selectors import faq_entry_details_for_user

        context = super().get_context(request, *args, **kwargs)
        context.update(faq_entry_details_for_user(user=request.user, entry=self))
        return context

    @path("vote/", name="vote")
    def vote(self, request):
        from faq.views import faq_vote

        return faq_vote(request, entry=self)

    parent_page_types = ["faq.FaqIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")


class FaqVote(models.Model):
    """A member's answer to "Did this answer help you?", one per entry, changeable."""

    entry = models.ForeignKey(
        FaqEntryPage,
        verbose_name=_("entry"),
        on_delete=models.CASCADE,
        related_name="votes",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="faq_votes",
    )
    helpful = models.BooleanField(_("helpful"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("FAQ vote")
        verbose_name_plural = _("FAQ votes")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "user"], name="faq_vote_one_per_member"
            )
        ]
