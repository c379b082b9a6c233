"""iCalendar (RFC 5545) output, built with the `icalendar` library.

Folding at 75 octets, CRLF line ends and text escaping are the library's job;
this module only maps an event page onto VEVENT properties.
"""

import html
import re
from collections.abc import Iterable
from datetime import UTC, date, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Conference, Event, vDuration

from events import recurrence
from events.models import EventPage

REFRESH_INTERVAL = timedelta(hours=1)
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _html_to_text(value: str) -> str:
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", value)))
    return _BLANK_LINES.sub("\n\n", text).strip()


def description_text(event: EventPage, *, url: str) -> str:
    """The event's description as plain text, read from the stored stream only."""
    parts = []
    if event.cancelled:
        parts.append(_("This event is cancelled."))
    for block in event.description.raw_data:
        value = block.get("value")
        kind = block.get("type")
        if kind == "heading":
            parts.append(value.get("text", ""))
        elif kind == "paragraph":
            parts.append(_html_to_text(value or ""))
        elif kind == "quote":
            quote = value.get("text", "")
            if value.get("author"):
                quote = f"{quote}\n— {value['author']}"
            parts.append(quote)
        elif kind == "callout":
            parts.append(
                "\n".join(
                    filter(
                        None, [value.get("title"), _html_to_text(value.get("text", ""))]
                    )
                )
            )
    if event.organiser:
        parts.append(_("Organiser: %(name)s") % {"name": event.organiser})
    if event.online_url:
        parts.append(_("Online: %(url)s") % {"url": event.online_url})
    parts.append(_("Details and documents: %(url)s") % {"url": url})
    return "\n\n".join(part for part in parts if part)


def event_component(event: EventPage, *, url: str) -> Event:
    """The VEVENT of an event page (with RRULE/EXDATE for a series)."""
    schedule = event.schedule()
    published = event.last_published_at or timezone.now()
    summary = event.title
    if event.cancelled:
        summary = _("[Cancelled] %(title)s") % {"title": summary}
    component = Event.new(
        uid=event.ical_uid,
        summary=summary,
        start=schedule.ical_start(),
        end=schedule.ical_end(),
        stamp=published.astimezone(UTC),
        last_modified=published.astimezone(UTC),
        created=(event.first_published_at or published).astimezone(UTC),
        sequence=event.sequence,
        status="CANCELLED" if event.cancelled else "CONFIRMED",
        location=event.location.strip() or event.online_url or None,
        url=url,
        description=description_text(event, url=url),
        categories=[event.event_type.name],
    )
    if schedule.is_series:
        component.add("rrule", schedule.ical_rrule())
        exdates = schedule.ical_exdates()
        if exdates:
            component.add("exdate", exdates)
    if event.online_url:
        component.conferences = [
            Conference(event.online_url, feature="VIDEO", label=_("Online meeting"))
        ]
    return component


def calendar_new(*, name: str) -> Calendar:
    cal = Calendar.new(
        prodid=f"-//{settings.SITE_NAME}//{_('Calendar')}//FR",
        name=name,
        method="PUBLISH",
        refresh_interval=REFRESH_INTERVAL,
    )
    # A random calendar UID would change the bytes on every request.
    del cal["UID"]
    cal.add("X-WR-TIMEZONE", recurrence.local_tz().key)
    # Outlook reads this older hint rather than REFRESH-INTERVAL.
    cal.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    return cal


def calendar_to_ical(*, name: str, events: Iterable[tuple[EventPage, str]]) -> bytes:
    """A whole VCALENDAR for (event, absolute URL) pairs, with its VTIMEZONE."""
    cal = calendar_new(name=name)
    years = []
    for event, url in events:
        cal.add_component(event_component(event, url=url))
        years.append(timezone.localtime(event.start).year)
        if event.occurrences_end:
            years.append(timezone.localtime(event.occurrences_end).year)
    if years:
        # A VTIMEZONE covering only the years in use keeps the feed small.
        cal.add_missing_timezones(
            first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
        )
    return cal.to_ical()
