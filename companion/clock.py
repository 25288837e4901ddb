"""Time as Companion keeps it: aware datetimes in UTC plus the person's IANA time zone."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

from companion.errors import InvalidEntry
from companion.limits import MAX_ZONE_CHARS, OUT_OF_RANGE


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
    if not name or len(name) > MAX_ZONE_CHARS:
        return False
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


NOT_ISO_8601 = "not an ISO-8601 date and time"


def to_utc(moment: datetime, field: str = "time") -> datetime:
    try:
        return require_aware(moment, field).astimezone(UTC)
    except OverflowError:  # year 1 east of UTC, year 9999 west of it
        raise InvalidEntry(field, OUT_OF_RANGE) from None


def in_zone(moment: datetime, zone_name: str) -> datetime:
    """`moment` on the wall clock of `zone_name`; a time that would leave the calendar there
    (year 1 west of UTC, year 9999 east of it, only in rows stored long ago) stays in UTC."""
    try:
        return moment.astimezone(ZoneInfo(zone_name))
    except (OverflowError, ZoneInfoNotFoundError, ValueError):
        return moment.astimezone(UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)


def localize(naive: datetime, zone: ZoneInfo, field: str = "time") -> datetime:
    """Attach `zone` to a wall-clock time, refusing times a DST change skips over."""
    aware = naive.replace(tzinfo=zone)
    try:
        back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    except OverflowError:
        raise InvalidEntry(field, OUT_OF_RANGE) from None
    if back != naive:
        raise InvalidEntry(field, "that local time does not exist (the clocks changed)")
    return aware


def parse_moment(text: str, zone_name: str, field: str = "at") -> datetime:
    """Parse ISO-8601; a time without an offset is wall-clock time in `zone_name`."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidEntry(field, NOT_ISO_8601) from None
    if parsed.tzinfo is None:
        parsed = localize(parsed, ZoneInfo(zone_name), field)
    return to_utc(parsed, field)


def local_day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC start (inclusive) and end (exclusive) of a local calendar day; 23 or 25 hours
    long on the days the clocks change."""
    zone = ZoneInfo(zone_name)
    start = _utc_or_edge(datetime.combine(day, time(0), tzinfo=zone))
    if day == date.max:
        return start, datetime.max.replace(tzinfo=UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return start, _utc_or_edge(end)


def _utc_or_edge(moment: datetime) -> datetime:
    """`moment` in UTC, or the first or last moment a datetime can hold if it lies beyond."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        edge = datetime.min if moment.year == 1 else datetime.max
        return edge.replace(tzinfo=UTC)


def local_today(zone_name: str, now: datetime | None = None) -> date:
    moment = now if now is not None else now_utc()
    return to_utc(moment).astimezone(ZoneInfo(zone_name)).date()
