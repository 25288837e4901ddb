"""Time zones and DST: local days of 23 and 25 hours, skipped wall-clock times, aware only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.clock import local_day_bounds, local_today, local_zone_name, parse_moment, to_utc
from companion.errors import InvalidEntry


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        ("Europe/Berlin", date(2026, 3, 29), 23),
        ("Europe/Berlin", date(2026, 10, 25), 25),
        ("America/New_York", date(2026, 11, 1), 25),
        ("Asia/Tokyo", date(2026, 3, 29), 24),
    ],
)
def test_local_days_follow_the_clock_changes(zone, day, hours) -> None:
    start, end = local_day_bounds(day, zone)
    assert end - start == timedelta(hours=hours)
    assert start.tzinfo is UTC


def test_a_skipped_local_time_is_refused() -> None:
    with pytest.raises(InvalidEntry, match="does not exist"):
        parse_moment("2026-03-29T02:30", "Europe/Berlin")


def test_a_repeated_local_time_takes_the_first() -> None:
    moment = parse_moment("2026-10-25T02:30", "Europe/Berlin")
    assert moment == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(InvalidEntry):
        to_utc(datetime(2026, 1, 1, 12, 0))


def test_local_today_differs_by_zone() -> None:
    moment = datetime(2026, 11, 29, 20, 0, tzinfo=UTC)
    assert local_today("Asia/Tokyo", moment) == date(2026, 11, 30)
    assert local_today("America/Los_Angeles", moment) == date(2026, 11, 29)


def test_tz_environment_variable_is_honoured(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    assert local_zone_name() == "Pacific/Auckland"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert local_zone_name()  # falls back to the system's zone or UTC


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31)),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney"]),
)
def test_every_instant_falls_in_exactly_its_local_day(naive, zone) -> None:
    instant = naive.replace(tzinfo=UTC)
    day = local_today(zone, instant)
    start, end = local_day_bounds(day, zone)
    assert start <= instant < end
