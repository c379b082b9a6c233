"""When an event happens: single events and weekly or monthly series, in local time.

Series are expanded in wall-clock time so a 10:00 weekly meeting stays at 10:00
across daylight-saving changes, exactly as a calendar client expands the RRULE.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from dateutil import rrule
from django.utils import timezone

WEEKLY = "weekly"
MONTHLY_BY_DATE = "monthly_date"
MONTHLY_BY_WEEKDAY = "monthly_weekday"

# The ordinal used for "the n-th weekday of the month": a fifth weekday only
# exists in some months, so it is read as "the last one".
LAST = -1


def local_tz():
    """The time zone dates are entered and shown in (settings.TIME_ZONE)."""
    return timezone.get_default_timezone()


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=local_tz())


def weekday_ordinal(day: date) -> int:
    """1 to 4 for the n-th such weekday of its month, LAST for a fifth one."""
    ordinal = (day.day - 1) // 7 + 1
    return LAST if ordinal == 5 else ordinal


@dataclass(frozen=True)
class Span:
    """One occurrence: aware local start, exclusive end, whole days or not."""

    start: datetime
    end: datetime
    all_day: bool

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        if self.end <= self.start:
            return self.first_day
        return (self.end - timedelta(microseconds=1)).date()

    @property
    def multi_day(self) -> bool:
        return self.last_day != self.first_day

    def days(self) -> Iterator[date]:
        day = self.first_day
        while day <= self.last_day:
            yield day
            day += timedelta(days=1)


@dataclass(frozen=True)
class Schedule:
    """The dates of an event as entered, normalised to local wall-clock time."""

    start: datetime
    end: datetime
    all_day: bool = False
    frequency: str = ""
    interval: int = 1
    until: date | None = None
    count: int | None = None
    exceptions: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def build(cls, *, start, end, all_day=False, **recurrence) -> Schedule:
        """Normalise: local time, whole days for all-day events (end day included)."""
        tz = local_tz()
        start = timezone.localtime(start, tz)
        end = timezone.localtime(end, tz)
        if all_day:
            start = local_midnight(start.date())
            end = local_midnight(max(end.date(), start.date()) + timedelta(days=1))
        recurrence["exceptions"] = frozenset(recurrence.get("exceptions") or ())
        return cls(start=start, end=end, all_day=all_day, **recurrence)

    @property
    def duration(self) -> timedelta:
        # Wall-clock difference: both ends share the local zone.
        return max(self.end - self.start, timedelta(0))

    @property
    def first(self) -> Span:
        return Span(start=self.start, end=self.end, all_day=self.all_day)

    @property
    def is_series(self) -> bool:
        return bool(self.frequency)

    def _naive(self, moment: datetime) -> datetime:
        return timezone.localtime(moment, local_tz()).replace(tzinfo=None)

    def _rule(self) -> rrule.rrule:
        kwargs: dict[str, Any] = {
            "dtstart": self.start.replace(tzinfo=None),
            "interval": self.interval or 1,
        }
        if self.frequency == WEEKLY:
            freq = rrule.WEEKLY
        else:
            freq = rrule.MONTHLY
            if self.frequency == MONTHLY_BY_WEEKDAY:
                weekday = rrule.weekday(self.start.weekday())
                kwargs["byweekday"] = weekday(weekday_ordinal(self.start.date()))
        if self.count:
            kwargs["count"] = self.count
        elif self.until:
            kwargs["until"] = datetime.combine(self.until, time.max)
        return rrule.rrule(freq, **kwargs)

    def _span(self, naive_start: datetime) -> Span:
        start = naive_start.replace(tzinfo=local_tz())
        if self.all_day:
            days = (self.end.date() - self.start.date()).days
            end = local_midnight(start.date() + timedelta(days=days))
        else:
            end = start + self.duration
        return Span(start=start, end=end, all_day=self.all_day)

    def spans(
        self, *, after: datetime | None = None, before: datetime | None = None
    ) -> list[Span]:
        """Occurrences that overlap [after, before), in order (bounds optional)."""
        if not self.is_series:
            candidates = [Span(start=self.start, end=self.end, all_day=self.all_day)]
        else:
            rule = self._rule()
            if after is None and before is None:
                starts = list(rule)
            else:
                # Naive bounds widened by a day absorb any offset change; the
                # exact overlap test below uses aware datetimes.
                low = (
                    self._naive(after) - self.duration - timedelta(days=1)
                    if after is not None
                    else self.start.replace(tzinfo=None)
                )
                high = (
                    self._naive(before) + timedelta(days=1)
                    if before is not None
                    else datetime.max - timedelta(days=2)
                )
                starts = rule.between(low, high, inc=True)
            candidates = [
                self._span(start)
                for start in starts
                if start.date() not in self.exceptions
            ]
        return [
            span
            for span in candidates
            if (after is None or span.end > after)
            and (before is None or span.start < before)
        ]

    def last_end(self) -> datetime:
        """When the last occurrence ends (the event itself if nothing is left)."""
        spans = self.spans()
        return spans[-1].end if spans else self.end

    def ical_start(self) -> date | datetime:
        return self.start.date() if self.all_day else self.start

    def ical_end(self) -> date | datetime:
        return self.end.date() if self.all_day else self.end

    def ical_rrule(self) -> dict[str, Any] | None:
        """The RRULE value (RFC 5545), or None for a single event."""
        if not self.is_series:
            return None
        value: dict[str, Any] = {
            "FREQ": "WEEKLY" if self.frequency == WEEKLY else "MONTHLY"
        }
        if (self.interval or 1) > 1:
            value["INTERVAL"] = self.interval
        if self.frequency == MONTHLY_BY_WEEKDAY:
            code = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[self.start.weekday()]
            value["BYDAY"] = f"{weekday_ordinal(self.start.date())}{code}"
        if self.count:
            value["COUNT"] = self.count
        elif self.until:
            if self.all_day:
                value["UNTIL"] = self.until
            else:
                # With a TZID start, RFC 5545 wants UNTIL in UTC.
                last = datetime.combine(self.until, time(23, 59, 59), local_tz())
                value["UNTIL"] = last.astimezone(UTC)
        return value

    def ical_exdates(self) -> list[date | datetime]:
        """EXDATE values: the skipped occurrences, typed like DTSTART."""
        if not self.is_series:
            return []
        if self.all_day:
            return sorted(self.exceptions)
        return [
            datetime.combine(day, self.start.timetz())
            for day in sorted(self.exceptions)
        ]
