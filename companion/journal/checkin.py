"""Check-ins: mood and energy on named scales, sleep and a note, at a moment in a time zone."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field, replace
from datetime import datetime

from companion.clock import in_zone, to_utc, zone_exists
from companion.errors import InvalidEntry
from companion.journal.scales import DEFAULT_STEPS, ScaleValue
from companion.limits import (
    MAX_NOTE_CHARS,
    MAX_SLEEP_HOURS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    check_moment,
    check_text,
)

# What a tag says: a free tag, or an item of the person's own plan.
TAG_KINDS = ("tag", "tool", "trigger", "warning", "breaking")
PLAN_LISTS_FOR_TAGS = {
    "tool": ("toolbox", "tools"),
    "trigger": ("triggers", "signs"),
    "warning": ("warning_signs", "signs"),
    "breaking": ("breaking_down", "signs"),
}


@dataclass(frozen=True)
class Tag:
    """A label on a check-in; `plan_entry_id` links it to the plan item it was picked from."""

    kind: str
    label: str
    plan_entry_id: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in TAG_KINDS:
            raise InvalidEntry("tag", f"a tag's kind is one of {', '.join(TAG_KINDS)}")
        cleaned = " ".join(check_text(self.label, "tag").split())
        if not cleaned:
            raise InvalidEntry("tag", "a tag needs some text")
        if len(cleaned) > MAX_TAG_CHARS:
            raise InvalidEntry("tag", f"a tag can be at most {MAX_TAG_CHARS} characters")
        object.__setattr__(self, "label", cleaned)


@dataclass(frozen=True)
class CheckIn:
    """One check-in. `at` is aware and in UTC; `zone` is where the person was. `energy` is None
    when it was never recorded (a Daylio import has none); Companion's own forms require it."""

    at: datetime
    zone: str
    mood: ScaleValue
    energy: ScaleValue | None
    sleep_hours: float | None = None
    note: str = ""
    tags: tuple[Tag, ...] = ()
    id: int | None = field(default=None, compare=False)

    def local_time(self) -> datetime:
        """The wall clock where the person was (UTC for a stored time beyond the calendar)."""
        return in_zone(self.at, self.zone)

    def with_id(self, new_id: int) -> CheckIn:
        return replace(self, id=new_id)


def clean_note(note: str) -> str:
    text = note.replace("\r\n", "\n").replace("\r", "\n")
    return "" if not text.strip() else text


def new_checkin(
    *,
    at: datetime,
    zone: str,
    mood: int,
    energy: int | None,
    sleep_hours: float | None = None,
    note: str = "",
    mood_steps: int = DEFAULT_STEPS,
    energy_steps: int = DEFAULT_STEPS,
    tags: tuple[Tag, ...] = (),
    now: datetime | None = None,
) -> CheckIn:
    """Validate what the person entered; raises InvalidEntry naming the field at fault.
    `energy=None` means not recorded (imports only; the forms and the CLI require it).
    `at` must lie from 1900-01-01 in `zone` to one day after `now` (see companion.limits)."""
    if not zone_exists(zone):
        raise InvalidEntry("zone", "not a known IANA time zone")
    at = check_moment(to_utc(at, "at"), zone, "at", now)
    try:
        mood_value = ScaleValue(mood, mood_steps)
    except InvalidEntry as problem:
        raise InvalidEntry("mood", problem.problem) from None
    energy_value: ScaleValue | None = None
    if energy is not None:
        try:
            energy_value = ScaleValue(energy, energy_steps)
        except InvalidEntry as problem:
            raise InvalidEntry("energy", problem.problem) from None
    if sleep_hours is not None:
        if not math.isfinite(sleep_hours) or not 0 <= sleep_hours <= MAX_SLEEP_HOURS:
            raise InvalidEntry("sleep", "sleep is between 0 and 24 hours")
        sleep_hours = round(sleep_hours, 2)
    note = clean_note(check_text(note, "note"))
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidEntry("note", f"a note can be at most {MAX_NOTE_CHARS:,} characters")
    if len(tags) > MAX_TAGS:
        raise InvalidEntry("tag", f"a check-in can have at most {MAX_TAGS} tags")
    unique = tuple(dict.fromkeys(tags))  # the same tag twice counts once
    return CheckIn(
        at=at,
        zone=zone,
        mood=mood_value,
        energy=energy_value,
        sleep_hours=sleep_hours,
        note=note,
        tags=unique,
    )


def parse_sleep_hours(text: str) -> float | None:
    """ "7", "7.5" or "7,5" hours; empty means not recorded."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        hours = float(cleaned)
    except ValueError:
        raise InvalidEntry("sleep", "sleep is a number of hours, such as 7.5") from None
    if not math.isfinite(hours) or not 0 <= hours <= MAX_SLEEP_HOURS:
        raise InvalidEntry("sleep", "sleep is between 0 and 24 hours")
    return hours


@dataclass(frozen=True)
class JournalFilter:
    """What the Journal shows: a UTC time range, one tag, and text in the note or tags."""

    start: datetime | None = None
    end: datetime | None = None
    tag: str | None = None
    text: str | None = None


def checkin_fingerprint(checkin: CheckIn) -> str:
    """Identifies the same entry across imports: importing a file twice adds nothing twice.
    Energy not recorded is `null` there, so it never matches an entry that has energy."""
    energy = checkin.energy
    canonical = json.dumps(
        [
            to_utc(checkin.at).isoformat(),
            [checkin.mood.step, checkin.mood.steps],
            None if energy is None else [energy.step, energy.steps],
            checkin.sleep_hours,
            checkin.note,
            sorted([tag.kind, tag.label] for tag in checkin.tags),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
