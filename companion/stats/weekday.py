"""Mood by day of the week (each day counted once) and by time of day (each check-in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from companion.stats.daily import Day
from companion.stats.readings import Reading, slice_between

# Times of day by local hour: morning 5–11, afternoon 12–16, evening 17–21, night 22–4.
TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")
_TIME_STARTS = (5, 12, 17, 22)


@dataclass(frozen=True, slots=True)
class Group:
    """One weekday (0 Monday … 6 Sunday) or time of day (an index into TIMES_OF_DAY): how
    many days or check-ins fell in it and their mean mood (None when there were none)."""

    index: int
    count: int
    mood: float | None


@dataclass(frozen=True)
class MoodByTime:
    """Mood by weekday (from daily means) and by time of day (from single check-ins)."""

    start: date
    end: date
    weekdays: tuple[Group, ...]
    times: tuple[Group, ...]

    @property
    def days(self) -> int:
        return sum(group.count for group in self.weekdays)

    @property
    def checkins(self) -> int:
        return sum(group.count for group in self.times)


def time_of_day(hour: int) -> int:
    """The index in TIMES_OF_DAY of a local hour (0–23)."""
    for index in range(len(_TIME_STARTS) - 1):
        if _TIME_STARTS[index] <= hour < _TIME_STARTS[index + 1]:
            return index
    return len(_TIME_STARTS) - 1


def _groups(moods: list[list[float]]) -> tuple[Group, ...]:
    return tuple(
        Group(index, len(values), fmean(values) if values else None)
        for index, values in enumerate(moods)
    )


def mood_by_time(
    days: Sequence[Day], readings: Sequence[Reading], start: date, end: date
) -> MoodByTime:
    """Both groupings for the days from `start` to `end` (both included); `readings` in
    day order, as `TrendInput` holds them."""
    by_weekday: list[list[float]] = [[] for _ in range(7)]
    for entry in days:
        if start <= entry.day <= end:
            by_weekday[entry.day.weekday()].append(entry.mood)
    by_time: list[list[float]] = [[] for _ in TIMES_OF_DAY]
    for reading in slice_between(readings, start, end):
        by_time[time_of_day(reading.hour)].append(reading.mood)
    return MoodByTime(start, end, _groups(by_weekday), _groups(by_time))


def highest_and_lowest(groups: Sequence[Group]) -> tuple[Group, Group] | None:
    """The groups with the highest and the lowest mean (None when fewer than two have one)."""
    present = [group for group in groups if group.mood is not None]
    if len(present) < 2:
        return None
    ordered = sorted(present, key=lambda group: group.mood or 0.0)
    return ordered[-1], ordered[0]
