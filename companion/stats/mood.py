"""Mood and energy over a range: periods to draw and 7-day rolling means, from daily values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from companion.stats.daily import Day, Period, Unit, by_period, rolling_mean
from companion.stats.ranges import unit_for

ROLLING_DAYS = 7


@dataclass(frozen=True)
class MoodEnergySeries:
    """What the mood and energy chart draws for one range. `periods` are days, weeks or
    months (`unit`); the rolling means belong to the periods one by one when they are days
    and are empty otherwise (a week's or a month's mean is already smooth)."""

    start: date
    end: date
    unit: Unit
    periods: tuple[Period, ...]
    mood_rolling: tuple[float | None, ...]
    energy_rolling: tuple[float | None, ...]

    @property
    def days_with_checkins(self) -> int:
        return sum(period.days for period in self.periods)

    @property
    def checkins(self) -> int:
        return sum(period.checkins for period in self.periods)

    def mean_mood(self) -> float | None:
        """The mean of the daily moods in the range (each day counts once)."""
        return _weighted(self.periods, "mood")

    def mean_energy(self) -> float | None:
        return _weighted(self.periods, "energy")


def _weighted(periods: Sequence[Period], name: str) -> float | None:
    pairs = [(getattr(p, name), p.days) for p in periods if getattr(p, name) is not None]
    weight = sum(days for _, days in pairs)
    return sum(value * days for value, days in pairs) / weight if weight else None


def mood_energy_series(days: Sequence[Day], start: date, end: date) -> MoodEnergySeries:
    """The series for `start`..`end` (both included). `days` may reach before `start`: the
    rolling mean of the first days of the range uses them, as a person would expect."""
    unit = unit_for(start, end)
    inside = [index for index, entry in enumerate(days) if start <= entry.day <= end]
    chosen = [days[index] for index in inside]
    periods = tuple(by_period(chosen, unit))
    if unit != "day" or not inside:
        return MoodEnergySeries(start, end, unit, periods, (), ())
    # Only the days that can reach into the range's first window are needed.
    first = inside[0]
    lead = first
    while lead > 0 and (days[first].day - days[lead - 1].day).days < ROLLING_DAYS:
        lead -= 1
    window = days[lead : inside[-1] + 1]
    skip = first - lead
    mood = rolling_mean(window, lambda entry: entry.mood, ROLLING_DAYS)[skip:]
    energy = rolling_mean(window, lambda entry: entry.energy, ROLLING_DAYS)[skip:]
    return MoodEnergySeries(start, end, unit, periods, tuple(mood), tuple(energy))


def overall_mean(days: Sequence[Day]) -> float | None:
    """The mean daily mood of `days` (None when empty)."""
    return fmean(entry.mood for entry in days) if days else None
