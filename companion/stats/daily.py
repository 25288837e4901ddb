"""Check-ins gathered into days, weeks and months, and rolling means over calendar days."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean
from typing import Literal

from companion.stats.readings import Reading

Unit = Literal["day", "week", "month"]


@dataclass(frozen=True, slots=True)
class Day:
    """One local calendar day with check-ins: the means of what was recorded that day."""

    day: date
    mood: float
    energy: float | None
    sleep_hours: float | None
    checkins: int


@dataclass(frozen=True, slots=True)
class Period:
    """A day, an ISO week (Monday first) or a calendar month, from `start` to `end` included.
    Its values are means of the daily means, so a day with five check-ins counts once."""

    start: date
    end: date
    mood: float | None
    energy: float | None
    days: int
    checkins: int


def _mean(values: Iterable[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return fmean(present) if present else None


def by_day(readings: Iterable[Reading]) -> list[Day]:
    """One `Day` per local calendar day that has a check-in, in order."""
    grouped: dict[date, list[Reading]] = defaultdict(list)
    for reading in readings:
        grouped[reading.day].append(reading)
    days = []
    for day in sorted(grouped):
        group = grouped[day]
        days.append(
            Day(
                day=day,
                mood=fmean(reading.mood for reading in group),
                energy=_mean(reading.energy for reading in group),
                sleep_hours=_mean(reading.sleep_hours for reading in group),
                checkins=len(group),
            )
        )
    return days


def rolling_mean(
    days: Sequence[Day], value: Callable[[Day], float | None], window_days: int = 7
) -> list[float | None]:
    """For each day in `days` (in order), the mean of `value` over the calendar days from
    `window_days - 1` days before it up to it. Days without a check-in are not counted as
    zero; a window with no value at all gives None. Calendar days, not entries, so a gap in
    the journal never stretches the window, and a 23- or 25-hour DST day is still one day."""
    window: deque[tuple[date, float]] = deque()
    total = 0.0
    result: list[float | None] = []
    for entry in days:
        found = value(entry)
        if found is not None:
            window.append((entry.day, found))
            total += found
        first = entry.day - timedelta(days=window_days - 1)
        while window and window[0][0] < first:
            total -= window.popleft()[1]
        result.append(total / len(window) if window else None)
    return result


def period_start(day: date, unit: Unit) -> date:
    """The first day of the day's week (Monday) or month, or the day itself."""
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def period_end(start: date, unit: Unit) -> date:
    if unit == "week":
        return start + timedelta(days=6)
    if unit == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return start


def by_period(days: Iterable[Day], unit: Unit) -> list[Period]:
    """Days gathered into periods; only periods with a check-in appear."""
    grouped: dict[date, list[Day]] = defaultdict(list)
    for entry in days:
        grouped[period_start(entry.day, unit)].append(entry)
    return [
        Period(
            start=start,
            end=period_end(start, unit),
            mood=_mean(entry.mood for entry in grouped[start]),
            energy=_mean(entry.energy for entry in grouped[start]),
            days=len(grouped[start]),
            checkins=sum(entry.checkins for entry in grouped[start]),
        )
        for start in sorted(grouped)
    ]
