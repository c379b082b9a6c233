from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from events.recurrence import LAST, MONTHLY_BY_WEEKDAY, WEEKLY, weekday_ordinal

register = template.Library()

ORDINALS = {
    1: gettext_lazy("first"),
    2: gettext_lazy("second"),
    3: gettext_lazy("third"),
    4: gettext_lazy("fourth"),
    LAST: gettext_lazy("last"),
}


def _rule_text(schedule) -> str:
    start = schedule.start
    interval = schedule.interval or 1
    if schedule.frequency == WEEKLY:
        if interval == 1:
            return _("Every week on %(weekday)s") % {"weekday": date_format(start, "l")}
        return _("Every %(n)s weeks on %(weekday)s") % {
            "n": interval,
            "weekday": date_format(start, "l"),
        }
    if schedule.frequency == MONTHLY_BY_WEEKDAY:
        values = {
            "n": interval,
            "ordinal": ORDINALS[weekday_ordinal(start.date())],
            "weekday": date_format(start, "l"),
        }
        if interval == 1:
            return _("Every month on the %(ordinal)s %(weekday)s") % values
        return _("Every %(n)s months on the %(ordinal)s %(weekday)s") % values
    if interval == 1:
        return _("Every month on day %(day)s") % {"day": start.day}
    return _("Every %(n)s months on day %(day)s") % {"n": interval, "day": start.day}


@register.simple_tag
def recurrence_summary(schedule) -> str:
    """How a series repeats, in words ("" for a single event)."""
    if not schedule.is_series:
        return ""
    parts = [_rule_text(schedule)]
    if schedule.count:
        parts.append(
            ngettext("%(count)s occurrence", "%(count)s occurrences", schedule.count)
            % {"count": schedule.count}
        )
    elif schedule.until:
        parts.append(
            _("until %(date)s") % {"date": date_format(schedule.until, "j F Y")}
        )
    if schedule.exceptions:
        dates = ", ".join(
            date_format(day, "j F Y") for day in sorted(schedule.exceptions)
        )
        parts.append(_("except on %(dates)s") % {"dates": dates})
    return ", ".join(parts)
