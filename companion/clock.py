"""Time as Companion keeps it: aware datetimes in UTC plus the person's IANA time zone."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

from companion.errors import InvalidEntry


def local_zone_name() -> str:
    """The IANA name of this computer's time zone (`TZ` is honoured), or "UTC" if unknown."""
    from_env = os.environ.get("TZ", "").lstrip(":")
    if from_env and zone_exists(from_env):
        return from_env
    try:
        name = tzlocal.get_localzone_name()
    except (ZoneInfoNotFoundError, ValueError, OSError, LookupError):
        return "UTC"
    return name if name and zone_exists(name) else "UTC"


def zone_exists(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a path
        return False
    return True


def require_aware(moment: datetime, field: str = "time") -> datetime:
    """Refuse naive datetimes: a time without a zone is ambiguous and is never stored."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidEntry(field, "a time zone is required")
    return moment


def to_utc(moment: datetime) -> datetime:
    return require_aware(moment).astimezone(UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)


def localize(naive: datetime, zone: ZoneInfo, field: str = "time") -> datetime:
    """Attach `zone` to a wall-clock time, refusing times a DST change skips over."""
    aware = naive.replace(tzinfo=zone)
    back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if back != naive:
        raise InvalidEntry(field, "that local time does not exist (the clocks changed)")
    return aware


def parse_moment(text: str, zone_name: str, field: str = "at") -> datetime:
    """Parse ISO-8601; a time without an offset is wall-clock time in `zone_name`."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidEntry(field, "not an ISO-8601 date and time") from None
    if parsed.tzinfo is None:
        parsed = localize(parsed, ZoneInfo(zone_name), field)
    return parsed.astimezone(UTC)


def local_day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC start (inclusive) and end (exclusive) of a local calendar day; 23 or 25 hours
    long on the days the clocks change."""
    zone = ZoneInfo(zone_name)
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_today(zone_name: str, now: datetime | None = None) -> date:
    moment = now if now is not None else now_utc()
    return to_utc(moment).astimezone(ZoneInfo(zone_name)).date()
