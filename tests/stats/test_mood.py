"""The mood and energy series: units by range, rolling means reaching before the range."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from companion.stats.daily import Day
from companion.stats.mood import mood_energy_series, overall_mean

END = date(2026, 11, 29)


def _days(count: int, mood: float = 0.5) -> list[Day]:
    return [Day(END - timedelta(days=n), mood, None, None, 2) for n in reversed(range(count))]


def test_a_week_is_daily_with_rolling_means_that_use_the_days_before_it() -> None:
    days = [
        Day(END - timedelta(days=n), 0.0 if n >= 7 else 1.0, 0.5, None, 1)
        for n in reversed(range(14))
    ]
    series = mood_energy_series(days, END - timedelta(days=6), END)
    assert series.unit == "day"
    assert len(series.periods) == 7
    assert series.days_with_checkins == 7
    assert series.checkins == 7
    # The first day's window reaches six days back, before the range: six zeros and a one.
    assert series.mood_rolling[0] == pytest.approx(1 / 7)
    assert series.mood_rolling[-1] == pytest.approx(1.0)
    assert series.energy_rolling == (0.5,) * 7
    assert series.mean_mood() == pytest.approx(1.0)
    assert series.mean_energy() == pytest.approx(0.5)


def test_a_year_is_weekly_and_all_of_ten_years_monthly_without_rolling_means() -> None:
    days = _days(3650)
    year = mood_energy_series(days, END - timedelta(days=364), END)
    assert year.unit == "week"
    assert year.mood_rolling == ()
    assert year.days_with_checkins == 365
    assert year.checkins == 730
    everything = mood_energy_series(days, days[0].day, END)
    assert everything.unit == "month"
    assert everything.days_with_checkins == 3650
    assert len(everything.periods) in (120, 121)


def test_weekly_means_weigh_days_not_weeks() -> None:
    start = date(2026, 1, 5)  # a Monday
    days = [Day(start, 1.0, None, None, 1)] + [
        Day(start + timedelta(days=7 + n), 0.0, None, None, 1) for n in range(3)
    ]
    series = mood_energy_series(days, start, start + timedelta(days=200))
    assert series.unit == "week"
    assert series.mean_mood() == pytest.approx(0.25)
    assert series.mean_energy() is None


def test_an_empty_range_has_no_periods() -> None:
    series = mood_energy_series(_days(3), date(2020, 1, 1), date(2020, 1, 7))
    assert series.periods == ()
    assert series.mean_mood() is None
    assert overall_mean([]) is None
    assert overall_mean(_days(3, 0.25)) == pytest.approx(0.25)
