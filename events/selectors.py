"""Reads of the calendar, with Wagtail's page privacy applied for a given member."""

import calendar
import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import QuerySet
from django.utils import timezone

from events import recurrence, tokens
from events.models import (
    CalendarSubscription,
    EventIndexPage,
    EventPage,
    EventRegistration,
    EventType,
)
from home.visibility import pages_visible_to

# Past events a subscribed calendar keeps receiving.
FEED_HISTORY = timedelta(days=365)
# Bumped when the feed's layout changes so clients refetch despite their ETag.
FEED_FORMAT = "1"
HOME_SECTION_SIZE = 5


@dataclass(frozen=True)
class Occurrence:
    """One time an event takes place (a series has several)."""

    event: EventPage
    span: recurrence.Span

    @property
    def start(self) -> datetime:
        return self.span.start

    @property
    def end(self) -> datetime:
        return self.span.end

    @property
    def all_day(self) -> bool:
        return self.span.all_day

    @property
    def first_day(self) -> date:
        return self.span.first_day

    @property
    def last_day(self) -> date:
        return self.span.last_day

    @property
    def multi_day(self) -> bool:
        return self.span.multi_day

    @property
    def month(self) -> date:
        return self.first_day.replace(day=1)

    def sort_key(self):
        return (self.start, self.end, self.event.pk)


@dataclass(frozen=True)
class CalendarDay:
    day: date
    in_month: bool
    is_today: bool
    occurrences: list[Occurrence]


@dataclass(frozen=True)
class MonthGrid:
    month: date
    weeks: list[list[CalendarDay]]
    previous: date
    next: date
    weekdays: list[date]


def event_list_for_user(*, user) -> QuerySet[EventPage]:
    """Live events this member may see (private pages of other groups left out)."""
    return pages_visible_to(user, EventPage.objects.all()).select_related(
        "event_type", "publication"
    )


def event_type_list() -> QuerySet[EventType]:
    return EventType.objects.all()


def occurrences_of(
    events, *, after: datetime | None = None, before: datetime | None = None
) -> list[Occurrence]:
    """Every occurrence of these events overlapping [after, before), in order."""
    occurrences = [
        Occurrence(event=event, span=span)
        for event in events
        for span in event.schedule().spans(after=after, before=before)
    ]
    return sorted(occurrences, key=Occurrence.sort_key)


def occurrence_list_upcoming(
    *, user, event_type: EventType | None = None, now: datetime | None = None
) -> list[Occurrence]:
    """Occurrences not over yet, soonest first (a series gives one per date)."""
    now = now or timezone.now()
    events = event_list_for_user(user=user).filter(occurrences_end__gt=now)
    if event_type is not None:
        events = events.filter(event_type=event_type)
    return occurrences_of(events.prefetch_related("exceptions"), after=now)


def occurrence_list_past(
    *, user, event_type: EventType | None = None, now: datetime | None = None
) -> list[Occurrence]:
    """Occurrences already over, latest first: the past dates of a running
    series too, not only events entirely over."""
    now = now or timezone.now()
    events = event_list_for_user(user=user).filter(start__lt=now)
    if event_type is not None:
        events = events.filter(event_type=event_type)
    occurrences = occurrences_of(events.prefetch_related("exceptions"), before=now)
    past = [occurrence for occurrence in occurrences if occurrence.end <= now]
    return sorted(past, key=Occurrence.sort_key, reverse=True)


def month_grid_for_user(
    *, user, year: int, month: int, today: date | None = None
) -> MonthGrid:
    """Monday-first weeks of a month, each day with the occurrences it holds."""
    today = today or timezone.localdate()
    first = date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    grid_start = first - timedelta(days=first.weekday())
    grid_end = last + timedelta(days=7 - last.weekday())  # exclusive
    after = recurrence.local_midnight(grid_start)
    before = recurrence.local_midnight(grid_end)
    events = (
        event_list_for_user(user=user)
        .filter(start__lt=before, occurrences_end__gt=after)
        .prefetch_related("exceptions")
    )
    by_day: dict[date, list[Occurrence]] = {}
    for occurrence in occurrences_of(events, after=after, before=before):
        for day in occurrence.span.days():
            by_day.setdefault(day, []).append(occurrence)
    days = []
    day = grid_start
    while day < grid_end:
        occurrences = sorted(
            by_day.get(day, []),
            key=lambda o: (not (o.all_day or o.multi_day), o.sort_key()),
        )
        days.append(
            CalendarDay(
                day=day,
                in_month=day.month == month,
                is_today=day == today,
                occurrences=occurrences,
            )
        )
        day += timedelta(days=1)
    weeks = [days[i : i + 7] for i in range(0, len(days), 7)]
    return MonthGrid(
        month=first,
        weeks=weeks,
        previous=(first - timedelta(days=1)).replace(day=1),
        next=last + timedelta(days=1),
        weekdays=[grid_start + timedelta(days=i) for i in range(7)],
    )


def event_detail_context(*, event: EventPage, user) -> dict:
    """What the event page shows: participants, documents, next dates."""
    now = timezone.now()
    # An event previewed before its first save has nobody registered yet.
    registrations = (
        EventRegistration.objects.filter(event=event).select_related("user")
        if event.pk
        else []
    )
    participants = sorted(
        (registration.user for registration in registrations),
        key=lambda member: (
            member.last_name.casefold(),
            member.first_name.casefold(),
            member.get_username(),
        ),
    )
    schedule = event.schedule()
    upcoming = schedule.spans(after=now)
    return {
        "participants": participants,
        "is_participant": any(member.pk == user.pk for member in participants),
        "can_register": not event.cancelled and bool(upcoming),
        "attachments": list(event.attachments.select_related("document")),
        "schedule": schedule,
        "next_dates": upcoming[:5] if schedule.is_series else [],
    }


def calendar_page() -> EventIndexPage | None:
    return EventIndexPage.objects.live().first()


def home_section_for_user(*, user, home) -> dict:
    """Context of the home page's "upcoming events" section."""
    occurrences = occurrence_list_upcoming(user=user)[:HOME_SECTION_SIZE]
    return {"occurrences": occurrences, "calendar": calendar_page()}


def subscription_for_token(*, token: str) -> CalendarSubscription | None:
    """The active member's subscription this token opens, or None."""
    key, mac = tokens.split_token(token)
    subscription = (
        CalendarSubscription.objects.select_related("user")
        .filter(key=key, user__is_active=True)
        .first()
    )
    valid = tokens.mac_matches(key, mac)
    if subscription is None or not valid:
        return None
    return subscription


def subscription_token(*, subscription: CalendarSubscription) -> str:
    return tokens.token_for_key(subscription.key)


def feed_event_list(*, user, now: datetime | None = None) -> QuerySet[EventPage]:
    """What a member's feed holds: visible events, the last year and the future."""
    now = now or timezone.now()
    return event_list_for_user(user=user).filter(
        occurrences_end__gte=now - FEED_HISTORY
    )


def feed_version(
    *, events: QuerySet[EventPage], subscription: CalendarSubscription
) -> tuple[str, datetime]:
    """(ETag, Last-Modified) of a feed, from one narrow query and no rendering."""
    rows = list(
        events.order_by("pk").values_list(
            "pk",
            "publication__sequence",
            "last_published_at",
            "url_path",
            "event_type__name",
        )
    )
    digest = hashlib.sha256(f"{FEED_FORMAT}|{subscription.key}".encode())
    for row in rows:
        digest.update(repr(row).encode())
    last_modified = max(
        [subscription.created_at, *(row[2] for row in rows if row[2] is not None)]
    )
    return f'"{digest.hexdigest()[:40]}"', last_modified
