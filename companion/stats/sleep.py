"""Sleep against mood: each day's hours of sleep beside its mood, and means per band of hours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from companion.stats.daily import Day

# Bands of hours slept, [low, high): the first and last are open ("under 5", "9 or more").
SLEEP_BANDS: tuple[tuple[float, float], ...] = (
    (0.0, 5.0),
    (5.0, 6.0),
    (6.0, 7.0),
    (7.0, 8.0),
    (8.0, 9.0),
    (9.0, 24.0),
)
# A band's mean is put into words only from this many days on; fewer are drawn, not told.
SUMMARY_MIN_DAYS = 3


@dataclass(frozen=True, slots=True)
class SleepBand:
    """Days whose sleep was from `low` up to (not including) `high` hours: how many and the
    mean of their daily moods (None when there were none)."""

    low: float
    high: float
    days: int
    mood: float | None

    @property
    def middle(self) -> float:
        """Where the band sits on an hours axis (the open ends one hour from their edge)."""
        if self.low == SLEEP_BANDS[0][0]:
            return self.high - 0.5
        if self.high == SLEEP_BANDS[-1][1]:
            return self.low + 0.5
        return (self.low + self.high) / 2


@dataclass(frozen=True)
class SleepMood:
    """The days of a range that have both sleep and mood, as pairs, and the bands."""

    start: date
    end: date
    hours: tuple[float, ...]
    moods: tuple[float, ...]
    bands: tuple[SleepBand, ...]

    @property
    def days(self) -> int:
        return len(self.hours)

    def told_bands(self) -> list[SleepBand]:
        """The bands with enough days to put into words, in order of hours."""
        return [band for band in self.bands if band.days >= SUMMARY_MIN_DAYS]


def band_index(hours: float) -> int:
    """The index in SLEEP_BANDS of the band `hours` falls in."""
    for index, (_low, high) in enumerate(SLEEP_BANDS):
        if hours < high:
            return index
    return len(SLEEP_BANDS) - 1


def sleep_mood(days: Sequence[Day], start: date, end: date) -> SleepMood:
    """The days from `start` to `end` (both included) with sleep recorded. A day's sleep is the
    mean of the hours given on its check-ins (the night before it), its mood the day's mean."""
    pairs = [
        (entry.sleep_hours, entry.mood)
        for entry in days
        if start <= entry.day <= end and entry.sleep_hours is not None
    ]
    grouped: list[list[float]] = [[] for _ in SLEEP_BANDS]
    for hours, mood in pairs:
        grouped[band_index(hours)].append(mood)
    bands = tuple(
        SleepBand(low, high, len(moods), fmean(moods) if moods else None)
        for (low, high), moods in zip(SLEEP_BANDS, grouped, strict=True)
    )
    return SleepMood(
        start,
        end,
        tuple(hours for hours, _ in pairs),
        tuple(mood for _, mood in pairs),
        bands,
    )
