"""One check-in reduced to what the trends use: its local day and hour and normalised values."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from companion.clock import in_zone
from companion.journal.checkin import CheckIn


@dataclass(frozen=True, slots=True)
class Reading:
    """A check-in as the charts see it. `day` and `hour` are the wall clock where the person
    was; `mood` and `energy` are normalised (0.0 the lowest step of the scale it was recorded
    on, 1.0 the highest), so a 5-step and a 10-step entry compare; `tools` are the labels of
    the toolbox tools tagged on it."""

    day: date
    hour: int
    mood: float
    energy: float | None
    sleep_hours: float | None = None
    tools: tuple[str, ...] = field(default=())


def normalised(step: int, steps: int) -> float:
    """0.0 for the lowest step, 1.0 for the highest (the same as `ScaleValue.normalised`)."""
    return (step - 1) / (steps - 1)


def reading_from_row(
    at_utc: datetime,
    zone: str,
    mood: tuple[int, int],
    energy: tuple[int, int] | None,
    sleep_hours: float | None,
    tools: tuple[str, ...] = (),
) -> Reading:
    """A reading from the stored columns (`mood` and `energy` as (step, steps))."""
    local = in_zone(at_utc, zone)
    return Reading(
        day=local.date(),
        hour=local.hour,
        mood=normalised(*mood),
        energy=None if energy is None else normalised(*energy),
        sleep_hours=sleep_hours,
        tools=tools,
    )


def reading_of(checkin: CheckIn) -> Reading:
    """The reading of one check-in."""
    return reading_from_row(
        checkin.at,
        checkin.zone,
        (checkin.mood.step, checkin.mood.steps),
        None if checkin.energy is None else (checkin.energy.step, checkin.energy.steps),
        checkin.sleep_hours,
        tuple(tag.label for tag in checkin.tags if tag.kind == "tool"),
    )


def readings_of(checkins: Iterable[CheckIn]) -> list[Reading]:
    """Readings in time order."""
    return sorted((reading_of(checkin) for checkin in checkins), key=lambda r: (r.day, r.hour))


def between(readings: Iterable[Reading], start: date | None, end: date | None) -> list[Reading]:
    """The readings whose local day lies from `start` to `end`, both included (None: open)."""
    return [
        reading
        for reading in readings
        if (start is None or reading.day >= start) and (end is None or reading.day <= end)
    ]


def slice_between(readings: Sequence[Reading], start: date, end: date) -> Sequence[Reading]:
    """Like `between` for readings in day order, by bisection: no pass over ten years of
    check-ins each time a chart of one month is drawn."""
    first = bisect_left(readings, start, key=lambda reading: reading.day)
    last = bisect_right(readings, end, key=lambda reading: reading.day)
    return readings[first:last]
