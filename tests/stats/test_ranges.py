"""Ranges end today and include both ends; long ranges are drawn by week or by month."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.stats.ranges import (
    DAILY_UP_TO_DAYS,
    WEEKLY_UP_TO_DAYS,
    TrendRange,
    range_bounds,
    unit_for,
)

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("wanted", "days"),
    [(TrendRange.WEEK, 7), (TrendRange.MONTH, 30), (TrendRange.THREE_MONTHS, 91),
     (TrendRange.YEAR, 365)],
)  # fmt: skip
def test_fixed_ranges_hold_their_number_of_days_ending_today(wanted: TrendRange, days: int) -> None:
    start, end = range_bounds(wanted, TODAY, date(2000, 1, 1))
    assert end == TODAY
    assert (end - start).days + 1 == days


def test_all_starts_at_the_first_checkin_or_today() -> None:
    assert range_bounds(TrendRange.ALL, TODAY, date(2016, 3, 4)) == (date(2016, 3, 4), TODAY)
    assert range_bounds(TrendRange.ALL, TODAY, None) == (TODAY, TODAY)
    # A first check-in "after" today (a clock that was wrong) never makes an empty range.
    assert range_bounds(TrendRange.ALL, TODAY, TODAY + timedelta(days=3)) == (TODAY, TODAY)


def test_range_names_are_those_of_the_command_line() -> None:
    assert [r.value for r in TrendRange] == ["week", "month", "three-months", "year", "all"]


@pytest.mark.parametrize(
    ("span", "unit"),
    [(1, "day"), (7, "day"), (91, "day"), (DAILY_UP_TO_DAYS, "day"), (DAILY_UP_TO_DAYS + 1, "week"),
     (365, "week"), (WEEKLY_UP_TO_DAYS, "week"), (WEEKLY_UP_TO_DAYS + 1, "month"), (3653, "month")],
)  # fmt: skip
def test_unit_for_span(span: int, unit: str) -> None:
    assert unit_for(TODAY - timedelta(days=span - 1), TODAY) == unit


def test_every_range_of_the_selector_has_a_unit() -> None:
    units = [unit_for(*range_bounds(r, TODAY, date(2016, 1, 1))) for r in TrendRange]
    assert units == ["day", "day", "day", "week", "month"]
