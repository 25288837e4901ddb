"""Days, periods and rolling means on hand-made data with known answers, and their invariants."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.stats.daily import Day, by_day, by_period, period_end, period_start, rolling_mean
from companion.stats.readings import Reading, reading_from_row
from companion.stats.trend_input import TrendInput


def _day(day: date, mood: float, energy: float | None = None) -> Day:
    return Day(day, mood, energy, None, 1)


def test_several_checkins_on_one_day_become_one_day_of_means() -> None:
    first = date(2026, 2, 1)
    readings = [
        Reading(first, 8, 0.0, 0.5, 6.0, ("Walk",)),
        Reading(first, 13, 0.5, None, None),
        Reading(first, 21, 1.0, 1.0, 7.0),
        Reading(first + timedelta(days=2), 9, 0.25, None, None),
    ]
    days = by_day(readings)
    assert days == [
        Day(first, 0.5, 0.75, 6.5, 3),
        Day(first + timedelta(days=2), 0.25, None, None, 1),
    ]


def test_mixed_scales_on_one_day_average_their_normalised_values() -> None:
    at = datetime(2026, 6, 1, 9, tzinfo=UTC)
    readings = [
        reading_from_row(at, "UTC", (5, 5), None, None),  # 1.0
        reading_from_row(at + timedelta(hours=3), "UTC", (4, 7), None, None),  # 0.5
        reading_from_row(at + timedelta(hours=6), "UTC", (1, 10), None, None),  # 0.0
    ]
    (day,) = by_day(readings)
    assert day.mood == pytest.approx(0.5)
    assert day.checkins == 3


def test_rolling_mean_over_a_gap_counts_only_days_with_checkins() -> None:
    first = date(2026, 1, 1)
    days = [
        _day(first, 0.0),
        _day(first + timedelta(days=1), 1.0),
        # four days without a check-in: not zeros
        _day(first + timedelta(days=6), 0.5),  # window 1..7 Jan holds days 1, 2 and 7
        _day(first + timedelta(days=7), 0.5),  # window 2..8 Jan: days 2, 7, 8
        _day(first + timedelta(days=20), 0.25),  # alone in its window
    ]
    assert rolling_mean(days, lambda d: d.mood) == pytest.approx([0.0, 0.5, 0.5, 2 / 3, 0.25])


def test_rolling_mean_of_missing_values_is_none_not_zero() -> None:
    first = date(2026, 1, 1)
    days = [_day(first, 0.5, None), _day(first + timedelta(days=1), 0.5, 1.0)]
    assert rolling_mean(days, lambda d: d.energy) == [None, 1.0]


def test_rolling_mean_window_is_calendar_days() -> None:
    first = date(2026, 1, 1)
    days = [_day(first + timedelta(days=n), float(n % 2)) for n in range(10)]
    three = rolling_mean(days, lambda d: d.mood, window_days=3)
    assert three[2] == pytest.approx(1 / 3)  # days 0, 1, 2 -> 0, 1, 0
    assert three[3] == pytest.approx(2 / 3)  # days 1, 2, 3 -> 1, 0, 1


@pytest.mark.parametrize(
    ("zone", "switch_utc"),
    [
        ("Europe/London", datetime(2026, 3, 29, 1, tzinfo=UTC)),
        ("Europe/London", datetime(2026, 10, 25, 1, tzinfo=UTC)),
        ("America/New_York", datetime(2026, 3, 8, 7, tzinfo=UTC)),
        ("America/New_York", datetime(2026, 11, 1, 6, tzinfo=UTC)),
    ],
)
def test_rolling_mean_across_a_dst_switch_counts_the_short_or_long_day_once(
    zone: str, switch_utc: datetime
) -> None:
    """A check-in every 24 hours of UTC at local noon-ish; around the switch the 23- or 25-hour
    day still holds exactly one check-in, and the 7-day window holds seven days."""
    readings = [
        reading_from_row(
            switch_utc + timedelta(hours=12 + 24 * n), zone, (1 + n % 7, 7), None, None
        )
        for n in range(-10, 10)
    ]
    days = by_day(readings)
    assert len(days) == 20
    assert all(day.checkins == 1 for day in days)
    assert [b.day - a.day for a, b in itertools.pairwise(days)] == [timedelta(days=1)] * 19
    rolling = rolling_mean(days, lambda d: d.mood)
    for index in range(6, 20):
        window = [days[i].mood for i in range(index - 6, index + 1)]
        assert rolling[index] == pytest.approx(sum(window) / 7)


def test_periods_by_week_start_on_monday_and_by_month_on_the_first() -> None:
    assert period_start(date(2026, 11, 29), "week") == date(2026, 11, 23)  # a Sunday
    assert period_start(date(2026, 11, 23), "week") == date(2026, 11, 23)
    assert period_end(date(2026, 11, 23), "week") == date(2026, 11, 29)
    assert period_start(date(2026, 2, 17), "month") == date(2026, 2, 1)
    assert period_end(date(2026, 2, 1), "month") == date(2026, 2, 28)
    assert period_end(date(2028, 2, 1), "month") == date(2028, 2, 29)
    assert period_end(date(2026, 12, 1), "month") == date(2026, 12, 31)
    assert period_start(date(2026, 2, 17), "day") == period_end(date(2026, 2, 17), "day")


def test_by_week_means_daily_means_so_a_busy_day_counts_once() -> None:
    monday = date(2026, 11, 23)
    days = [
        Day(monday, 1.0, None, None, 5),
        Day(monday + timedelta(days=1), 0.0, 0.5, None, 1),
        Day(monday + timedelta(days=7), 0.5, None, None, 2),
    ]
    first, second = by_period(days, "week")
    assert (first.start, first.end) == (monday, monday + timedelta(days=6))
    assert (first.mood, first.energy, first.days, first.checkins) == (0.5, 0.5, 2, 6)
    assert (second.mood, second.energy, second.days, second.checkins) == (0.5, None, 1, 2)


def test_by_month_leaves_out_months_without_checkins() -> None:
    days = [_day(date(2026, 1, 31), 0.2), _day(date(2026, 3, 1), 0.4), _day(date(2026, 3, 2), 0.6)]
    periods = by_period(days, "month")
    assert [(p.start, p.end, p.days) for p in periods] == [
        (date(2026, 1, 1), date(2026, 1, 31), 1),
        (date(2026, 3, 1), date(2026, 3, 31), 2),
    ]
    assert periods[1].mood == pytest.approx(0.5)


def test_trend_input_days_and_first_day() -> None:
    readings = (Reading(date(2026, 1, 2), 9, 0.5, None), Reading(date(2026, 1, 5), 9, 1.0, None))
    data = TrendInput(readings, date(2026, 1, 10))
    assert [d.day for d in data.days] == [date(2026, 1, 2), date(2026, 1, 5)]
    assert data.days is data.days  # computed once
    assert data.first_day == date(2026, 1, 2)
    assert TrendInput((), date(2026, 1, 10)).first_day is None


_days_strategy = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=800),
        st.floats(min_value=0.0, max_value=1.0),
        st.one_of(st.none(), st.floats(min_value=0.0, max_value=1.0)),
        st.integers(min_value=1, max_value=6),
    ),
    max_size=80,
    unique_by=lambda item: item[0],
).map(
    lambda items: [
        Day(date(2025, 1, 1) + timedelta(days=offset), mood, energy, None, checkins)
        for offset, mood, energy, checkins in sorted(items)
    ]
)


@given(_days_strategy, st.integers(min_value=1, max_value=30))
def test_rolling_mean_stays_within_zero_and_one(days: list[Day], window: int) -> None:
    for value in rolling_mean(days, lambda d: d.mood, window):
        assert value is not None
        assert -1e-9 <= value <= 1 + 1e-9
    for value in rolling_mean(days, lambda d: d.energy, window):
        assert value is None or -1e-9 <= value <= 1 + 1e-9


@given(_days_strategy, st.integers(min_value=1, max_value=30))
def test_rolling_mean_matches_a_plain_window_mean(days: list[Day], window: int) -> None:
    rolling = rolling_mean(days, lambda d: d.mood, window)
    for index, entry in enumerate(days):
        inside = [d.mood for d in days if 0 <= (entry.day - d.day).days < window]
        assert rolling[index] == pytest.approx(sum(inside) / len(inside))


@given(_days_strategy, st.sampled_from(["day", "week", "month"]))
def test_by_period_counts_every_day_and_checkin_once(days: list[Day], unit: str) -> None:
    periods = by_period(days, unit)  # type: ignore[arg-type]
    assert sum(p.days for p in periods) == len(days)
    assert sum(p.checkins for p in periods) == sum(d.checkins for d in days)
    for period in periods:
        inside = [d for d in days if period.start <= d.day <= period.end]
        assert len(inside) == period.days
        assert period.mood is not None
        assert (
            min(d.mood for d in inside) - 1e-9 <= period.mood <= max(d.mood for d in inside) + 1e-9
        )
