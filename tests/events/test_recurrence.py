from datetime import UTC, date, datetime

from events.recurrence import (
    MONTHLY_BY_DATE,
    MONTHLY_BY_WEEKDAY,
    WEEKLY,
    Schedule,
)
from tests.events.utils import paris


def test_weekly_series_keeps_its_wall_clock_time_across_daylight_saving():
    schedule = Schedule.build(
        start=paris(2026, 3, 17, 10),
        end=paris(2026, 3, 17, 11),
        frequency=WEEKLY,
        count=4,
    )

    spans = schedule.spans()

    assert [span.start.astimezone(UTC).hour for span in spans] == [9, 9, 8, 8]
    assert {(span.start.hour, span.end.hour) for span in spans} == {(10, 11)}


def test_exceptions_remove_occurrences_but_count_still_includes_them():
    schedule = Schedule.build(
        start=paris(2026, 1, 6, 10),
        end=paris(2026, 1, 6, 11),
        frequency=WEEKLY,
        count=4,
        exceptions=[date(2026, 1, 13)],
    )

    assert [span.first_day for span in schedule.spans()] == [
        date(2026, 1, 6),
        date(2026, 1, 20),
        date(2026, 1, 27),
    ]


def test_until_date_includes_an_occurrence_on_that_day():
    schedule = Schedule.build(
        start=paris(2026, 1, 6, 18),
        end=paris(2026, 1, 6, 19),
        frequency=WEEKLY,
        interval=2,
        until=date(2026, 2, 3),
    )

    assert [span.first_day for span in schedule.spans()] == [
        date(2026, 1, 6),
        date(2026, 1, 20),
        date(2026, 2, 3),
    ]
    assert schedule.last_end() == paris(2026, 2, 3, 19)


def test_monthly_by_weekday_follows_the_nth_weekday():
    # 10 March 2026 is the second Tuesday of March.
    schedule = Schedule.build(
        start=paris(2026, 3, 10, 14),
        end=paris(2026, 3, 10, 16),
        frequency=MONTHLY_BY_WEEKDAY,
        count=3,
    )

    assert [span.first_day for span in schedule.spans()] == [
        date(2026, 3, 10),
        date(2026, 4, 14),
        date(2026, 5, 12),
    ]
    assert schedule.ical_rrule() == {"FREQ": "MONTHLY", "BYDAY": "2TU", "COUNT": 3}


def test_monthly_by_weekday_reads_a_fifth_weekday_as_the_last():
    # 31 March 2026 is the fifth (and last) Tuesday of March.
    schedule = Schedule.build(
        start=paris(2026, 3, 31, 9),
        end=paris(2026, 3, 31, 10),
        frequency=MONTHLY_BY_WEEKDAY,
        count=2,
    )

    assert [span.first_day for span in schedule.spans()] == [
        date(2026, 3, 31),
        date(2026, 4, 28),
    ]
    assert schedule.ical_rrule()["BYDAY"] == "-1TU"


def test_monthly_by_date_repeats_the_day_of_month():
    schedule = Schedule.build(
        start=paris(2026, 1, 15, 9),
        end=paris(2026, 1, 15, 10),
        frequency=MONTHLY_BY_DATE,
        count=3,
    )

    assert [span.first_day for span in schedule.spans()] == [
        date(2026, 1, 15),
        date(2026, 2, 15),
        date(2026, 3, 15),
    ]


def test_all_day_event_covers_whole_days_end_day_included():
    schedule = Schedule.build(
        start=paris(2026, 6, 2, 15), end=paris(2026, 6, 3, 9), all_day=True
    )

    (span,) = schedule.spans()

    assert span.start == paris(2026, 6, 2, 0)
    assert span.end == paris(2026, 6, 4, 0)
    assert list(span.days()) == [date(2026, 6, 2), date(2026, 6, 3)]
    assert (schedule.ical_start(), schedule.ical_end()) == (
        date(2026, 6, 2),
        date(2026, 6, 4),
    )


def test_spans_between_bounds_only_returns_overlapping_occurrences():
    schedule = Schedule.build(
        start=paris(2026, 1, 5, 23),
        end=paris(2026, 1, 6, 1),
        frequency=WEEKLY,
        count=10,
    )

    spans = schedule.spans(after=paris(2026, 1, 13, 0), before=paris(2026, 1, 20, 0))

    # The 12 January occurrence runs past midnight into the window.
    assert [span.first_day for span in spans] == [date(2026, 1, 12), date(2026, 1, 19)]


def test_rrule_until_is_utc_for_timed_series_and_a_date_for_all_day_ones():
    timed = Schedule.build(
        start=paris(2026, 1, 6, 10),
        end=paris(2026, 1, 6, 11),
        frequency=WEEKLY,
        until=date(2026, 3, 31),
    )
    all_day = Schedule.build(
        start=paris(2026, 1, 6, 0),
        end=paris(2026, 1, 6, 0),
        all_day=True,
        frequency=WEEKLY,
        until=date(2026, 3, 31),
        exceptions=[date(2026, 1, 13)],
    )

    assert timed.ical_rrule()["UNTIL"] == datetime(2026, 3, 31, 21, 59, 59, tzinfo=UTC)
    assert all_day.ical_rrule()["UNTIL"] == date(2026, 3, 31)
    assert all_day.ical_exdates() == [date(2026, 1, 13)]
