"""The year-in-pixels calendar: weeks as columns from Monday, empty days, month means."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.stats.calendar import CALENDAR_DAYS, band_of, calendar_span, mood_calendar
from companion.stats.daily import Day


def _day(day: date, mood: float) -> Day:
    return Day(day, mood, None, None, 1)


def test_cells_run_monday_to_sunday_down_each_week_column() -> None:
    # Wednesday 4 November to Tuesday 10 November 2026.
    days = [_day(date(2026, 11, 4), 0.5), _day(date(2026, 11, 9), 1.0)]
    calendar = mood_calendar(days, date(2026, 11, 4), date(2026, 11, 10))
    positions = [(c.day.day, c.column, c.row, c.mood) for c in calendar.cells]
    assert positions == [
        (4, 0, 2, 0.5),
        (5, 0, 3, None),
        (6, 0, 4, None),
        (7, 0, 5, None),
        (8, 0, 6, None),
        (9, 1, 0, 1.0),
        (10, 1, 1, None),
    ]
    assert calendar.columns == 2
    assert calendar.days_recorded == 2


def test_a_long_range_shows_its_last_year_only() -> None:
    end = date(2026, 11, 29)
    assert calendar_span(date(2016, 1, 1), end) == (end - timedelta(days=CALENDAR_DAYS - 1), end)
    assert calendar_span(date(2026, 11, 1), end) == (date(2026, 11, 1), end)
    days = [_day(end - timedelta(days=n), 0.5) for n in range(3000)]
    calendar = mood_calendar(days, date(2016, 1, 1), end)
    assert len(calendar.cells) == CALENDAR_DAYS
    assert calendar.days_recorded == CALENDAR_DAYS
    assert calendar.columns in (53, 54)


def test_month_means_and_the_highest_and_lowest_month() -> None:
    days = [
        _day(date(2026, 1, 30), 0.25),
        _day(date(2026, 1, 31), 0.75),
        _day(date(2026, 2, 1), 1.0),
        _day(date(2026, 3, 10), 0.0),
    ]
    calendar = mood_calendar(days, date(2026, 1, 15), date(2026, 4, 2))
    assert [(m.month, m.days, m.mood) for m in calendar.months] == [
        (date(2026, 1, 1), 2, 0.5),
        (date(2026, 2, 1), 1, 1.0),
        (date(2026, 3, 1), 1, 0.0),
        (date(2026, 4, 1), 0, None),
    ]
    high, low = calendar.highest_month(), calendar.lowest_month()
    assert high is not None and high.month == date(2026, 2, 1)
    assert low is not None and low.month == date(2026, 3, 1)


def test_no_checkins_gives_empty_cells_and_no_highest_month() -> None:
    calendar = mood_calendar([], date(2026, 1, 1), date(2026, 1, 31))
    assert len(calendar.cells) == 31
    assert calendar.days_recorded == 0
    assert calendar.highest_month() is None


@pytest.mark.parametrize(
    ("mood", "band"), [(0.0, 0), (0.33, 0), (1 / 3, 1), (0.5, 1), (0.67, 2), (1.0, 2)]
)
def test_band_of_splits_the_scale_in_thirds(mood: float, band: int) -> None:
    assert band_of(mood) == band


@given(
    st.integers(min_value=0, max_value=800),
    st.integers(min_value=0, max_value=500),
    st.sets(st.integers(min_value=0, max_value=1300), max_size=60),
)
def test_every_day_of_the_span_has_one_cell_in_its_week_and_weekday(
    first: int, length: int, recorded: set[int]
) -> None:
    origin = date(2024, 1, 1)
    start, end = origin + timedelta(days=first), origin + timedelta(days=first + length)
    days = [_day(origin + timedelta(days=n), 0.5) for n in sorted(recorded)]
    calendar = mood_calendar(days, start, end)
    assert len(calendar.cells) == min(length + 1, CALENDAR_DAYS)
    monday = calendar.cells[0].day - timedelta(days=calendar.cells[0].row)
    for cell in calendar.cells:
        assert cell.row == cell.day.weekday()
        assert cell.column * 7 + cell.row == (cell.day - monday).days
    inside = {d.day for d in days if calendar.start <= d.day <= calendar.end}
    assert calendar.days_recorded == len(inside) == sum(m.days for m in calendar.months)
