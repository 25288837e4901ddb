"""Boundaries for peer supporters: roles and their activity hours (no Qt, no SQL, no store).

The API the rest of Companion uses:
- `parse_schedule(text) -> Schedule` and `Schedule.text` (the canonical text; docs/hours.md);
- `Role` (name, zone, hours, kind, holidays_off, holiday_country, exceptions, id);
- `windows_between(roles, start_utc, end_utc) -> list[Window]` (`Window` is start, end, role);
- `is_within_hours(moment_utc, role) -> bool`;
- `next_start(role, after_utc)`, `next_end(role, after_utc) -> datetime | None`.
"""

from companion.boundaries.hours import (
    Window,
    is_within_hours,
    next_end,
    next_start,
    next_windows,
    role_windows,
    windows_between,
)
from companion.boundaries.roles import (
    DAY_OFF,
    EXTRA_SESSION,
    ROLE_KINDS,
    HoursException,
    Role,
    check_role,
    default_holiday_country,
)
from companion.boundaries.schedule import Rule, Schedule, ScheduleError, parse_schedule

__all__ = [
    "DAY_OFF",
    "EXTRA_SESSION",
    "ROLE_KINDS",
    "HoursException",
    "Role",
    "Rule",
    "Schedule",
    "ScheduleError",
    "Window",
    "check_role",
    "default_holiday_country",
    "is_within_hours",
    "next_end",
    "next_start",
    "next_windows",
    "parse_schedule",
    "role_windows",
    "windows_between",
]
