"""Sleep against mood: bands of hours with known means and counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.stats.daily import Day, by_day
from companion.stats.readings import Reading
from companion.stats.sleep import SLEEP_BANDS, band_index, sleep_mood

START = date(2026, 5, 1)


@pytest.mark.parametrize(
    ("hours", "index"), [(0.0, 0), (4.5, 0), (5.0, 1), (6.99, 2), (7.0, 3), (7.5, 3), (8.0, 4),
                         (9.0, 5), (12.0, 5), (24.0, 5)]
)  # fmt: skip
def test_band_index(hours: float, index: int) -> None:
    assert band_index(hours) == index


def test_bands_hold_the_days_with_sleep_and_their_mean_mood() -> None:
    values = [(7.0, 0.5), (7.5, 1.0), (7.9, 0.0), (5.5, 0.25), (None, 1.0), (9.5, 1.0)]
    days = [
        Day(START + timedelta(days=n), mood, None, hours, 1)
        for n, (hours, mood) in enumerate(values)
    ]
    series = sleep_mood(days, START, START + timedelta(days=30))
    assert series.days == 5
    assert series.hours == (7.0, 7.5, 7.9, 5.5, 9.5)
    by_band = {(band.low, band.high): (band.days, band.mood) for band in series.bands}
    assert by_band[(7.0, 8.0)] == (3, pytest.approx(0.5))
    assert by_band[(5.0, 6.0)] == (1, 0.25)
    assert by_band[(9.0, 24.0)] == (1, 1.0)
    assert by_band[(0.0, 5.0)] == (0, None)
    assert [(band.low, band.high) for band in series.told_bands()] == [(7.0, 8.0)]
    assert [band.middle for band in series.bands] == [4.5, 5.5, 6.5, 7.5, 8.5, 9.5]
    assert len(series.bands) == len(SLEEP_BANDS)


def test_a_day_with_two_sleep_entries_uses_their_mean() -> None:
    readings = [Reading(START, 8, 0.5, None, 6.0), Reading(START, 20, 0.5, None, 8.0)]
    series = sleep_mood(by_day(readings), START, START)
    assert series.hours == (7.0,)
    assert series.bands[3].days == 1


def test_days_outside_the_range_are_left_out() -> None:
    days = [Day(START - timedelta(days=1), 0.5, None, 7.0, 1), Day(START, 0.5, None, 7.0, 1)]
    assert sleep_mood(days, START, START).days == 1
