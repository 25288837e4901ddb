"""Mood by weekday (each day once) and by time of day (each check-in)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.stats.daily import by_day
from companion.stats.readings import Reading
from companion.stats.weekday import (
    TIMES_OF_DAY,
    Group,
    highest_and_lowest,
    mood_by_time,
    time_of_day,
)

MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("hour", "index"),
    [(5, 0), (11, 0), (12, 1), (16, 1), (17, 2), (21, 2), (22, 3), (23, 3), (0, 3), (4, 3)],
)
def test_time_of_day_buckets(hour: int, index: int) -> None:
    assert time_of_day(hour) == index
    assert len(TIMES_OF_DAY) == 4


def test_weekdays_count_days_once_and_times_count_checkins() -> None:
    readings = [
        Reading(MONDAY, 8, 0.0, None),
        Reading(MONDAY, 20, 1.0, None),  # Monday's mean: 0.5, one day
        Reading(MONDAY + timedelta(days=5), 23, 0.25, None),  # a Saturday night
        Reading(MONDAY + timedelta(days=6), 2, 0.75, None),  # a Sunday, small hours
        Reading(MONDAY + timedelta(days=7), 9, 1.0, None),  # the next Monday: 1.0
    ]
    series = mood_by_time(by_day(readings), readings, MONDAY, MONDAY + timedelta(days=13))
    assert series.weekdays[0] == Group(0, 2, 0.75)
    assert series.weekdays[5] == Group(5, 1, 0.25)
    assert series.weekdays[6] == Group(6, 1, 0.75)
    assert series.weekdays[2] == Group(2, 0, None)
    assert series.days == 4
    assert series.times[0] == Group(0, 2, 0.5)
    assert series.times[2] == Group(2, 1, 1.0)
    assert series.times[3] == Group(3, 2, 0.5)
    assert series.times[1] == Group(1, 0, None)
    assert series.checkins == 5
    high, low = highest_and_lowest(series.weekdays) or (None, None)
    assert high is not None and high.index in (0, 6)
    assert low is not None and low.index == 5


def test_highest_and_lowest_needs_two_groups_with_a_mean() -> None:
    assert highest_and_lowest([Group(0, 1, 0.5), Group(1, 0, None)]) is None
    assert highest_and_lowest([]) is None


def test_readings_outside_the_range_are_left_out() -> None:
    readings = [Reading(MONDAY - timedelta(days=1), 9, 1.0, None), Reading(MONDAY, 9, 0.0, None)]
    series = mood_by_time(by_day(readings), readings, MONDAY, MONDAY)
    assert (series.days, series.checkins) == (1, 1)
