"""Readings: normalised values on any scale, the local day across DST switches, ranges of days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.stats.readings import (
    Reading,
    between,
    normalised,
    reading_from_row,
    slice_between,
)


@pytest.mark.parametrize(
    ("step", "steps", "expected"),
    [(1, 5, 0.0), (5, 5, 1.0), (3, 5, 0.5), (1, 7, 0.0), (4, 7, 0.5), (7, 7, 1.0), (10, 10, 1.0),
     (4, 10, 1 / 3)],
)  # fmt: skip
def test_normalised_puts_every_scale_on_zero_to_one(step: int, steps: int, expected: float) -> None:
    assert normalised(step, steps) == pytest.approx(expected)


def test_middle_steps_of_5_7_and_9_step_scales_compare_equal() -> None:
    at = datetime(2026, 5, 1, 12, tzinfo=UTC)
    five = reading_from_row(at, "UTC", (3, 5), (5, 5), None)
    seven = reading_from_row(at, "UTC", (4, 7), (7, 7), None)
    ten = reading_from_row(at, "UTC", (1, 10), None, 7.5)
    assert five.mood == seven.mood == 0.5
    assert five.energy == seven.energy == 1.0
    assert ten.mood == 0.0
    assert ten.energy is None
    assert ten.sleep_hours == 7.5


@pytest.mark.parametrize(
    ("utc", "zone", "day", "hour"),
    [
        # London springs forward at 01:00 UTC on 29 March 2026: 23:30 UTC is still the 28th
        # (GMT), the same time a day later is already 00:30 on the 30th (BST).
        (datetime(2026, 3, 28, 23, 30), "Europe/London", date(2026, 3, 28), 23),
        (datetime(2026, 3, 29, 0, 30), "Europe/London", date(2026, 3, 29), 0),
        (datetime(2026, 3, 29, 1, 30), "Europe/London", date(2026, 3, 29), 2),
        (datetime(2026, 3, 29, 23, 30), "Europe/London", date(2026, 3, 30), 0),
        # ...and falls back at 01:00 UTC on 25 October 2026: 00:30 and 01:30 UTC both read 1:30.
        (datetime(2026, 10, 25, 0, 30), "Europe/London", date(2026, 10, 25), 1),
        (datetime(2026, 10, 25, 1, 30), "Europe/London", date(2026, 10, 25), 1),
        (datetime(2026, 10, 25, 23, 30), "Europe/London", date(2026, 10, 25), 23),
        # New York: EST (UTC-5) until 07:00 UTC on 8 March 2026, EDT (UTC-4) after.
        (datetime(2026, 3, 8, 4, 30), "America/New_York", date(2026, 3, 7), 23),
        (datetime(2026, 3, 8, 7, 30), "America/New_York", date(2026, 3, 8), 3),
        (datetime(2026, 3, 9, 3, 30), "America/New_York", date(2026, 3, 8), 23),
    ],
)
def test_day_and_hour_are_the_wall_clock_where_the_person_was(
    utc: datetime, zone: str, day: date, hour: int
) -> None:
    reading = reading_from_row(utc.replace(tzinfo=UTC), zone, (4, 7), None, None)
    assert (reading.day, reading.hour) == (day, hour)


def test_between_includes_both_ends_and_open_ends() -> None:
    readings = [Reading(date(2026, 1, day), 9, 0.5, None) for day in range(1, 11)]
    assert [r.day.day for r in between(readings, date(2026, 1, 3), date(2026, 1, 5))] == [3, 4, 5]
    assert len(between(readings, None, date(2026, 1, 2))) == 2
    assert len(between(readings, date(2026, 1, 9), None)) == 2
    assert len(between(readings, None, None)) == 10


@given(
    st.lists(st.integers(min_value=0, max_value=60), max_size=50),
    st.integers(min_value=-5, max_value=65),
    st.integers(min_value=0, max_value=30),
)
def test_slice_between_finds_what_between_finds_in_ordered_readings(
    offsets: list[int], first: int, length: int
) -> None:
    origin = date(2026, 1, 1)
    readings = [Reading(origin + timedelta(days=n), 9, 0.5, None) for n in sorted(offsets)]
    start, end = origin + timedelta(days=first), origin + timedelta(days=first + length)
    assert list(slice_between(readings, start, end)) == between(readings, start, end)
