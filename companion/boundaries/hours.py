"""When a role's activity hours are: windows in UTC, "is this moment within hours", what's next.

Rules:
- A window belongs to the local day it starts (days off, holidays and "from" dates go by it);
  one that crosses midnight ends the next day.
- Local times are read in the role's IANA zone the way RFC 5545 (§3.3.5) reads them: a time
  that occurs twice when the clocks go back means the first one; a time skipped when they go
  forward means that time with the offset from before the change (02:30 becomes 03:30). So a
  window 01:30-03:30 lasts one real hour on the spring day and three on the autumn day, once
  each. A window that would then end before it starts (02:30-03:10 on the spring day) does not
  happen that day.
- Windows of one role that overlap or touch are one window (so "Sat 22:00-24:00, Sun 00:00-02:00"
  is one evening, with one start and one end). Windows of different roles stay apart.
- Windows are half-open: a moment at the start is within hours, a moment at the end is not.
- National holidays (the `holidays` package, public holidays of the role's country) take the
  regular hours off when the role says so; a day off does too; an extra session happens even
  on such a day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from companion.boundaries.roles import Role

SEARCH_STEP = timedelta(days=35)
SEARCH_HORIZON = timedelta(days=800)  # next_start/next_end look this far ahead, then say None
_TICK = timedelta(microseconds=1)


class Window(NamedTuple):
    """One stretch of activity hours: from `start` (inclusive) to `end` (exclusive), both UTC."""

    start: datetime
    end: datetime
    role: Role


@cache
def holidays_of(country: str, year: int) -> frozenset[date]:
    """The public holidays of `country` (ISO 3166 two letters) in `year`; none if unknown."""
    import holidays

    try:
        return frozenset(holidays.country_holidays(country, years=year))
    except (NotImplementedError, KeyError, ValueError):
        return frozenset()


def is_holiday_off(role: Role, day: date) -> bool:
    return (
        role.holidays_off
        and role.holiday_country is not None
        and day in holidays_of(role.holiday_country, day.year)
    )


def _utc(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """A local wall-clock time as UTC, fold=0: the first of a repeated time, and a skipped time
    with the offset from before the change, as RFC 5545 reads them."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def _span(day: date, start: time, end: time, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    end_day = day + timedelta(days=1) if end <= start else day
    begins, ends = _utc(day, start, zone), _utc(end_day, end, zone)
    return (begins, ends) if ends > begins else None


def _merged(spans: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[tuple[datetime, datetime]] = []
    for begins, ends in sorted(spans):
        if merged and begins <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], ends))
        else:
            merged.append((begins, ends))
    return merged


def role_windows(role: Role, start_utc: datetime, end_utc: datetime) -> list[Window]:
    """`role`'s windows that overlap [start_utc, end_utc), whole (not cut at the edges)."""
    zone = ZoneInfo(role.zone)
    first = start_utc.astimezone(zone).date() - timedelta(days=2)
    last = end_utc.astimezone(zone).date()
    off = role.days_off()
    spans = []
    for rule in role.hours.rules:
        for day in rule.days_between(first, last):
            if day in off or is_holiday_off(role, day):
                continue
            spans.append(_span(day, rule.start, rule.end, zone))
    for extra in role.extra_sessions():
        if first <= extra.day <= last and extra.start is not None and extra.end is not None:
            spans.append(_span(extra.day, extra.start, extra.end, zone))
    return [
        Window(begins, ends, role)
        for begins, ends in _merged(span for span in spans if span is not None)
        if ends > start_utc and begins < end_utc
    ]


def windows_between(roles: Iterable[Role], start_utc: datetime, end_utc: datetime) -> list[Window]:
    """Every role's windows that overlap [start_utc, end_utc), whole, by start time."""
    found = [window for role in roles for window in role_windows(role, start_utc, end_utc)]
    return sorted(found, key=lambda window: (window.start, window.end, window.role.name))


def is_within_hours(moment_utc: datetime, role: Role) -> bool:
    """Whether `moment_utc` lies in one of `role`'s windows (start inclusive, end exclusive)."""
    return any(
        window.start <= moment_utc < window.end
        for window in role_windows(role, moment_utc, moment_utc + _TICK)
    )


def next_start(role: Role, after_utc: datetime) -> datetime | None:
    """When `role`'s next window starts, strictly after `after_utc`; None within SEARCH_HORIZON."""
    begin = after_utc
    while begin < after_utc + SEARCH_HORIZON:
        for window in role_windows(role, begin, begin + SEARCH_STEP):
            if window.start > after_utc:
                return window.start
        begin += SEARCH_STEP
    return None


def next_end(role: Role, after_utc: datetime) -> datetime | None:
    """When the window in progress at `after_utc` ends, or else the next one; strictly after
    `after_utc`. None if nothing ends within SEARCH_HORIZON."""
    begin = after_utc
    while begin < after_utc + SEARCH_HORIZON:
        for window in role_windows(role, begin, begin + SEARCH_STEP):
            if window.end > after_utc:
                return _continued_end(role, window.end, after_utc + SEARCH_HORIZON)
        begin += SEARCH_STEP
    return None


def _continued_end(role: Role, end: datetime, limit: datetime) -> datetime | None:
    """`end`, or later if another window starts right there (a chain of touching windows)."""
    while end < limit:
        later = [w.end for w in role_windows(role, end, end + _TICK) if w.start <= end < w.end]
        if not later:
            return end
        end = max(later)
    return None


def next_windows(roles: Iterable[Role], after_utc: datetime, count: int) -> list[Window]:
    """The next `count` windows of all roles that end after `after_utc` (one in progress first)."""
    every = list(roles)
    found: list[Window] = []
    begin = after_utc
    while len(found) < count and begin < after_utc + SEARCH_HORIZON:
        step = windows_between(every, begin, begin + SEARCH_STEP)
        found.extend(window for window in step if window not in found)
        begin += SEARCH_STEP
    return found[:count]
