"""CALENDRIER: the calendar page, its events, their types, registrations and feeds."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from events.recurrence import MONTHLY_BY_DATE, MONTHLY_BY_WEEKDAY, WEEKLY, Schedule
from home.blocks import BaseStreamBlock
from home.models import ServiceIndexPage

# Sub-paths of the calendar page; an event with one of these slugs would be hidden.
RESERVED_SLUGS = {"mois", "archives", "abonnement", "ical"}
MAX_SERIES_LENGTH = timedelta(days=5 * 366)


class EventType(Orderable):
    """A kind of event (meeting, webinar, workshop…), edited as a snippet."""

    name = models.CharField(_("name"), max_length=60, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Used in the address of the filtered list."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    def __str__(self):
        return self.name

    class Meta(Orderable.Meta):
        verbose_name = _("event type")
        verbose_name_plural = _("event types")


class EventIndexPage(RoutablePageMixin, ServiceIndexPage):
    """CALENDRIER: upcoming list, month grid, archive and the member's feed."""

    @path("")
    def upcoming(self, request):
        from events import views

        return views.event_upcoming(request, page=self)

    @path("mois/")
    @path("mois/<int:year>/<int:month>/")
    def month(self, request, year=None, month=None):
        from events import views

        return views.event_month(request, page=self, year=year, month=month)

    @path("archives/")
    def archive(self, request):
        from events import views

        return views.event_archive(request, page=self)

    @path("abonnement/nouveau-lien/")
    def subscription_regenerate(self, request):
        from events import views

        return views.subscription_regenerate(request, page=self)

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("calendar page")


class EventPageDocument(Orderable):
    page = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attached document")
        verbose_name_plural = _("attached documents")


class EventException(Orderable):
    page = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="exceptions"
    )
    date = models.DateField(
        _("date"),
        help_text=_("A day of the series on which the event does not take place."),
    )

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("exception")
        verbose_name_plural = _("exceptions")


class EventPage(RoutablePageMixin, Page):
    """A meeting, webinar, workshop or seminar, possibly repeated."""

    class Recurrence(models.TextChoices):
        NONE = "", _("Does not repeat")
        WEEKLY = WEEKLY, _("Weekly")
        MONTHLY_BY_DATE = MONTHLY_BY_DATE, _("Monthly, on the same date")
        MONTHLY_BY_WEEKDAY = (
            MONTHLY_BY_WEEKDAY,
            _("Monthly, on the same weekday (e.g. second Tuesday)"),
        )

    event_type = models.ForeignKey(
        EventType,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name=_("type"),
    )
    start = models.DateTimeField(_("start"), db_index=True)
    end = models.DateTimeField(_("end"))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Only the days count; the times are ignored (end day included)."),
    )
    location = models.TextField(
        _("place"), blank=True, help_text=_("Room and postal address.")
    )
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        max_length=500,
        help_text=_("Address of the video conference or webinar."),
    )
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    description = StreamField(
        BaseStreamBlock(), verbose_name=_("description"), blank=True
    )
    recurrence = models.CharField(
        _("repeat"),
        max_length=20,
        choices=Recurrence.choices,
        default=Recurrence.NONE,
        blank=True,
    )
    recurrence_interval = models.PositiveSmallIntegerField(
        _("interval"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("1 for every week or month, 2 for every other one…"),
    )
    recurrence_until = models.DateField(_("until"), null=True, blank=True)
    recurrence_count = models.PositiveSmallIntegerField(
        _("number of occurrences"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2), MaxValueValidator(260)],
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "The event stays on the calendar marked as cancelled, so subscribed "
            "calendars and participants learn it."
        ),
    )
    # End of the last occurrence, kept by clean() so lists filter in SQL.
    occurrences_end = models.DateTimeField(null=True, editable=False, db_index=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading=_("Date and time (Paris time)"),
        ),
        MultiFieldPanel(
            [FieldPanel("location"), FieldPanel("online_url"), FieldPanel("organiser")],
            heading=_("Place and organiser"),
        ),
        FieldPanel("description"),
        InlinePanel(
            "attachments", heading=_("Attached documents"), label=_("document")
        ),
        MultiFieldPanel(
            [
                FieldPanel("recurrence"),
                FieldRowPanel(
                    [
                        FieldPanel("recurrence_interval"),
                        FieldPanel("recurrence_until"),
                        FieldPanel("recurrence_count"),
                    ]
                ),
            ],
            heading=_("Recurrence"),
        ),
        InlinePanel(
            "exceptions", heading=_("Exceptions to the series"), label=_("exception")
        ),
        FieldPanel("cancelled"),
    ]

    search_fields = [
        *Page.search_fields,
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("location"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("cancelled"),
    ]

    @property
    def ical_uid(self) -> str:
        """Stable for the page's whole life: edits, moves and slug changes keep it."""
        return f"event-{self.translation_key}@{settings.SITE_NAME.lower()}"

    @property
    def sequence(self) -> int:
        """iCalendar SEQUENCE: how many times a published change was recorded."""
        try:
            return self.publication.sequence
        except EventPublication.DoesNotExist:
            return 0

    def schedule(self) -> Schedule:
        exceptions = [exception.date for exception in self.exceptions.all()]
        return Schedule.build(
            start=self.start,
            end=self.end,
            all_day=self.all_day,
            frequency=self.recurrence,
            interval=self.recurrence_interval,
            until=self.recurrence_until,
            count=self.recurrence_count,
            exceptions=exceptions,
        )

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is used by the calendar; choose another.")
        if self.start and self.end:
            if self.all_day:
                schedule = Schedule.build(start=self.start, end=self.end, all_day=True)
                self.start = schedule.start
                self.end = schedule.end - timedelta(days=1)
            elif self.end <= self.start:
                errors["end"] = _("The end must be after the start.")
        if self.recurrence:
            if bool(self.recurrence_until) == bool(self.recurrence_count):
                errors["recurrence_until"] = _(
                    "Give either an end date or a number of occurrences."
                )
            elif self.recurrence_until and self.start:
                first_day = timezone.localdate(self.start)
                if self.recurrence_until < first_day:
                    errors["recurrence_until"] = _(
                        "The series must end after its first occurrence."
                    )
                elif self.recurrence_until > first_day + MAX_SERIES_LENGTH:
                    errors["recurrence_until"] = _(
                        "A series may last at most five years."
                    )
        if errors:
            raise ValidationError(errors)
        if self.start and self.end:
            self.occurrences_end = self.schedule().last_end()

    def get_context(self, request, *args, **kwargs):
        from events import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.event_detail_context(event=self, user=request.user))
        return context

    @path("participation/")
    def participation(self, request):
        from events import views

        return views.event_participation(request, event=self)

    @path("ics/")
    def ics(self, request):
        from events import views

        return views.event_ics(request, event=self)

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["occurrences_end", "start"])]


class EventPublication(models.Model):
    """Publication bookkeeping of an event, outside the page so revisions leave it be.

    A page revision carries every page field; were these on the page, publishing
    an older revision would bring back an older SEQUENCE.
    """

    event = models.OneToOneField(
        EventPage,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="publication",
    )
    sequence = models.PositiveIntegerField(default=0)
    # A digest per shown field as last published (see services.event_signature).
    signature = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("event publication")
        verbose_name_plural = _("event publications")


class EventRegistration(models.Model):
    """A member's "Je participe" to an event (the whole series for a series)."""

    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"], name="events_registration_unique"
            )
        ]


class CalendarSubscription(models.Model):
    """A member's private feed: its token is `key` plus an HMAC of it (not stored)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="calendar_subscription",
    )
    key = models.CharField(max_length=32, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")
