"""Check-ins: mood and energy on named scales, sleep and a note, at a moment in a time zone."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from companion.clock import to_utc, zone_exists
from companion.errors import InvalidEntry

SCALE_SIZES = (5, 7, 10)
DEFAULT_STEPS = 7
MAX_NOTE_CHARS = 100_000
MAX_SLEEP_HOURS = 24.0


@dataclass(frozen=True)
class StepName:
    """What a step on a scale is called, in both languages Companion speaks."""

    en: str
    ja: str

    def in_language(self, language: str) -> str:
        return self.ja if language == "ja" else self.en


_MOOD_7 = (
    StepName("Very low", "とてもつらい"),
    StepName("Low", "つらい"),
    StepName("A little low", "少し沈みがち"),
    StepName("Okay", "ふつう"),
    StepName("Fairly good", "まあまあ良い"),
    StepName("Good", "良い"),
    StepName("Very good", "とても良い"),
)
_ENERGY_7 = (
    StepName("Exhausted", "へとへと"),
    StepName("Very tired", "とても疲れている"),
    StepName("Tired", "疲れ気味"),
    StepName("Steady", "ふつう"),
    StepName("Some energy", "少し元気"),
    StepName("Energetic", "元気"),
    StepName("Full of energy", "とても元気"),
)


@dataclass(frozen=True)
class Scale:
    """A named scale such as "mood, seven steps"; step 1 is always the lowest."""

    kind: str
    steps: int
    names: tuple[StepName, ...]

    def name_of(self, step: int) -> StepName:
        return self.names[step - 1]


MOOD_SCALE = Scale("mood", DEFAULT_STEPS, _MOOD_7)
ENERGY_SCALE = Scale("energy", DEFAULT_STEPS, _ENERGY_7)
SCALES = {("mood", DEFAULT_STEPS): MOOD_SCALE, ("energy", DEFAULT_STEPS): ENERGY_SCALE}


def scale_for(kind: str, steps: int) -> Scale | None:
    return SCALES.get((kind, steps))


@dataclass(frozen=True)
class ScaleValue:
    """A step together with the size of the scale it was recorded on."""

    step: int
    steps: int = DEFAULT_STEPS

    def __post_init__(self) -> None:
        if self.steps not in SCALE_SIZES:
            raise InvalidEntry("scale", f"a scale has {', '.join(map(str, SCALE_SIZES))} steps")
        if not 1 <= self.step <= self.steps:
            raise InvalidEntry("step", f"a step is between 1 and {self.steps}")

    @property
    def normalised(self) -> float:
        """0.0 for the lowest step, 1.0 for the highest, whatever the scale's size."""
        return (self.step - 1) / (self.steps - 1)


@dataclass(frozen=True)
class CheckIn:
    """One check-in. `at` is aware and in UTC; `zone` is where the person was."""

    at: datetime
    zone: str
    mood: ScaleValue
    energy: ScaleValue
    sleep_hours: float | None = None
    note: str = ""
    id: int | None = field(default=None, compare=False)

    def local_time(self) -> datetime:
        return self.at.astimezone(ZoneInfo(self.zone))

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
    energy: int,
    sleep_hours: float | None = None,
    note: str = "",
    mood_steps: int = DEFAULT_STEPS,
    energy_steps: int = DEFAULT_STEPS,
) -> CheckIn:
    """Validate what the person entered; raises InvalidEntry naming the field at fault."""
    if not zone_exists(zone):
        raise InvalidEntry("zone", "not a known IANA time zone")
    try:
        mood_value = ScaleValue(mood, mood_steps)
    except InvalidEntry as problem:
        raise InvalidEntry("mood", problem.problem) from None
    try:
        energy_value = ScaleValue(energy, energy_steps)
    except InvalidEntry as problem:
        raise InvalidEntry("energy", problem.problem) from None
    if sleep_hours is not None:
        if not math.isfinite(sleep_hours) or not 0 <= sleep_hours <= MAX_SLEEP_HOURS:
            raise InvalidEntry("sleep", "sleep is between 0 and 24 hours")
        sleep_hours = round(sleep_hours, 2)
    note = clean_note(note)
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidEntry("note", f"a note can be at most {MAX_NOTE_CHARS:,} characters")
    return CheckIn(
        at=to_utc(at),
        zone=zone,
        mood=mood_value,
        energy=energy_value,
        sleep_hours=sleep_hours,
        note=note,
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
