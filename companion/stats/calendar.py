"""A year in pixels: one cell per day of the last twelve months of a range, weeks as columns."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from companion.stats.daily import Day

# At most this many days are laid out: the Trends page's year, so "year" and "all" match.
CALENDAR_DAYS = 365


@dataclass(frozen=True, slots=True)
class CalendarCell:
    """One day: its column (week, Monday first) and row (0 Monday … 6 Sunday), and the day's
    mean mood (normalised), or None when there was no check-in that day."""

    day: date
    column: int
    row: int
    mood: float | None


@dataclass(frozen=True, slots=True)
class MonthMean:
    """A calendar month (of those the calendar shows): its first day, days with a check-in
    and the mean of their daily moods (None when no day was recorded)."""

    month: date
    days: int
    mood: float | None


@dataclass(frozen=True)
class MoodCalendar:
    """The cells from `start` to `end` (both included) and the months they fall in."""

    start: date
    end: date
    cells: tuple[CalendarCell, ...]
    months: tuple[MonthMean, ...]

    @property
    def columns(self) -> int:
        return self.cells[-1].column + 1 if self.cells else 0

    @property
    def days_recorded(self) -> int:
        return sum(1 for cell in self.cells if cell.mood is not None)

    def highest_month(self) -> MonthMean | None:
        """The month with the highest mean mood (the earliest of equal ones)."""
        recorded = [month for month in self.months if month.mood is not None]
        return max(recorded, key=lambda month: month.mood or 0.0) if recorded else None

    def lowest_month(self) -> MonthMean | None:
        recorded = [month for month in self.months if month.mood is not None]
        return min(recorded, key=lambda month: month.mood or 0.0) if recorded else None


def calendar_span(start: date, end: date) -> tuple[date, date]:
    """The days a calendar of `start`..`end` shows: all of them, or the last year of them."""
    return max(start, end - timedelta(days=CALENDAR_DAYS - 1)), end


def _month_end(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return following - timedelta(days=1)


def mood_calendar(days: Sequence[Day], start: date, end: date) -> MoodCalendar:
    """The calendar of the last year (at most) of `start`..`end`; `days` in order."""
    first, last = calendar_span(start, end)
    moods = {entry.day: entry.mood for entry in days if first <= entry.day <= last}
    monday = first - timedelta(days=first.weekday())
    cells = []
    day = first
    while day <= last:
        cells.append(CalendarCell(day, (day - monday).days // 7, day.weekday(), moods.get(day)))
        day += timedelta(days=1)
    grouped: dict[date, list[float]] = defaultdict(list)
    for day, mood in moods.items():
        grouped[day.replace(day=1)].append(mood)
    months = []
    month = first.replace(day=1)
    while month <= last:
        inside = grouped.get(month, [])
        months.append(MonthMean(month, len(inside), fmean(inside) if inside else None))
        month = _month_end(month) + timedelta(days=1)
    return MoodCalendar(first, last, tuple(cells), tuple(months))


def band_of(mood: float, bands: int = 3) -> int:
    """Which of `bands` equal bands of the scale a normalised mood falls in (0 lowest)."""
    return min(bands - 1, max(0, int(mood * bands)))
