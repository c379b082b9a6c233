"""Helpers shared by the calendar tests."""

from datetime import datetime

import icalendar

from events.recurrence import local_tz


def paris(*args) -> datetime:
    """An aware datetime in Paris wall-clock time."""
    return datetime(*args, tzinfo=local_tz())


def parse_calendar(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    """The VEVENTs of a calendar by SUMMARY."""
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
