"""A supporter's roles (peer staff, a self-help group, a phone line), each with its own hours,
days off, extra sessions and national holidays."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, time
from functools import cache

from companion.boundaries.schedule import Schedule, ScheduleError, window_text
from companion.errors import InvalidEntry
from companion.limits import (
    EARLIEST_HOURS_DAY,
    LATEST_HOURS_DAY,
    MAX_HOURS_EXCEPTIONS,
    MAX_ROLE_NAME_CHARS,
    MAX_ZONE_CHARS,
    check_text,
)

# What kind of role it is; optional, for the reader and later reviews. Stored as these keys.
ROLE_KINDS = ("peer-staff", "self-help-group", "phone-line", "volunteer", "other")
DAY_OFF = "off"
EXTRA_SESSION = "extra"
_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class HoursException:
    """A date that differs from the regular hours: a day off (no window starts that day), or
    an extra session from `start` to `end` (ending the next day if `end` is not after it)."""

    day: date
    kind: str  # DAY_OFF or EXTRA_SESSION
    start: time | None = None
    end: time | None = None

    def __post_init__(self) -> None:
        if self.kind == DAY_OFF and (self.start is not None or self.end is not None):
            raise ValueError("a day off has no times")
        if self.kind == EXTRA_SESSION and (self.start is None or self.end is None):
            raise ValueError("an extra session has a start and an end")
        if self.kind not in (DAY_OFF, EXTRA_SESSION):
            raise ValueError("unknown exception kind")

    @property
    def text(self) -> str:
        if self.start is None or self.end is None:
            return f"{self.day.isoformat()} off"
        return f"{self.day.isoformat()} extra {window_text(self.start, self.end)}"


def check_day(day: date, field_name: str = "date") -> date:
    if not EARLIEST_HOURS_DAY <= day <= LATEST_HOURS_DAY:
        raise InvalidEntry(
            field_name,
            f"must be between {EARLIEST_HOURS_DAY.isoformat()} and {LATEST_HOURS_DAY.isoformat()}",
        )
    return day


def parse_day(text: str, field_name: str = "date") -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidEntry(field_name, "not a date (YYYY-MM-DD)") from None
    return check_day(day, field_name)


@cache
def supported_countries() -> frozenset[str]:
    """Two-letter ISO 3166 codes the `holidays` package knows (imported only when asked)."""
    import holidays

    return frozenset(
        code for code in holidays.list_supported_countries() if _COUNTRY.fullmatch(code)
    )


def check_country(code: str | None) -> str | None:
    if code is None:
        return None
    if not _COUNTRY.fullmatch(code) or code not in supported_countries():
        raise InvalidEntry("country", "not a country whose holidays are known (e.g. JP, US, DE)")
    return code


def default_holiday_country(language: str | None, locale_name: str | None = None) -> str | None:
    """The country whose national holidays a new role takes off: JP for a Japanese-speaking
    person, else the territory of the locale ("de_DE.UTF-8" -> DE) if its holidays are known."""
    if language == "ja":
        return "JP"
    if locale_name:
        found = re.match(r"[A-Za-z]{2,3}_([A-Za-z]{2})\b", locale_name)
        if found and found.group(1).upper() in supported_countries():
            return found.group(1).upper()
    return None


def locale_from_environment() -> str | None:
    """The locale POSIX systems set (LC_ALL, LC_TIME, LANG), e.g. "de_DE.UTF-8", if any."""
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return None


@dataclass(frozen=True)
class Role:
    """One role and its activity hours, in its IANA zone (the person's, when it was set)."""

    name: str
    zone: str
    hours: Schedule = field(default_factory=Schedule)
    kind: str | None = None
    holidays_off: bool = False
    holiday_country: str | None = None
    exceptions: tuple[HoursException, ...] = ()
    id: int | None = None

    def days_off(self) -> frozenset[date]:
        return frozenset(item.day for item in self.exceptions if item.kind == DAY_OFF)

    def extra_sessions(self) -> tuple[HoursException, ...]:
        return tuple(item for item in self.exceptions if item.kind == EXTRA_SESSION)


def check_role(role: Role) -> Role:
    """`role` if every field is within the limits, else InvalidEntry naming the field (never
    the role's name, which may say where the person works)."""
    name = check_text(role.name, "role name", MAX_ROLE_NAME_CHARS)
    if not name.strip():
        raise InvalidEntry("role name", "must not be empty")
    if not role.zone or len(role.zone) > MAX_ZONE_CHARS:
        raise InvalidEntry("zone", "not a time zone")
    if role.kind is not None and role.kind not in ROLE_KINDS:
        raise InvalidEntry("kind", f"one of {', '.join(ROLE_KINDS)}")
    check_country(role.holiday_country)
    if role.holidays_off and role.holiday_country is None:
        raise InvalidEntry("holidays", "taking national holidays off needs a country")
    if len(role.exceptions) > MAX_HOURS_EXCEPTIONS:
        raise InvalidEntry("exceptions", f"at most {MAX_HOURS_EXCEPTIONS:,} per role")
    for item in role.exceptions:
        check_day(item.day)
    return role


def with_exception(role: Role, added: HoursException) -> Role:
    """`role` with `added`; a day off replaces nothing, an identical entry is not repeated."""
    if added in role.exceptions:
        return role
    ordered = sorted(
        (*role.exceptions, added), key=lambda item: (item.day, item.kind, item.start or time(0))
    )
    return check_role(replace(role, exceptions=tuple(ordered)))


def without_exception(role: Role, removed: HoursException) -> Role:
    if removed not in role.exceptions:
        raise InvalidEntry("date", "that role has no such day off or extra session")
    return replace(role, exceptions=tuple(item for item in role.exceptions if item != removed))


__all__ = [
    "DAY_OFF",
    "EXTRA_SESSION",
    "ROLE_KINDS",
    "HoursException",
    "Role",
    "ScheduleError",
    "check_country",
    "check_role",
    "default_holiday_country",
    "parse_day",
    "with_exception",
    "without_exception",
]
