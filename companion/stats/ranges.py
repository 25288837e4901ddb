"""The ranges a person can look at (a week … all) and how finely each is drawn."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from companion.stats.daily import Unit

# Up to this many days a chart shows days; up to two years, weeks; beyond, months.
DAILY_UP_TO_DAYS = 120
WEEKLY_UP_TO_DAYS = 731


class TrendRange(StrEnum):
    """The range selector's choices, by their names on the command line and in settings."""

    WEEK = "week"
    MONTH = "month"
    THREE_MONTHS = "three-months"
    YEAR = "year"
    ALL = "all"


_LENGTH_DAYS = {
    TrendRange.WEEK: 7,
    TrendRange.MONTH: 30,
    TrendRange.THREE_MONTHS: 91,
    TrendRange.YEAR: 365,
}


def range_bounds(wanted: TrendRange, today: date, first_day: date | None) -> tuple[date, date]:
    """The first and last day (both included) of a range ending today. "All" starts at the
    first check-in (today when there is none)."""
    if wanted is TrendRange.ALL:
        return (min(first_day, today) if first_day is not None else today), today
    return today - timedelta(days=_LENGTH_DAYS[wanted] - 1), today


def unit_for(start: date, end: date) -> Unit:
    """Days for short ranges, weeks up to two years, months beyond."""
    span = (end - start).days + 1
    if span <= DAILY_UP_TO_DAYS:
        return "day"
    if span <= WEEKLY_UP_TO_DAYS:
        return "week"
    return "month"
