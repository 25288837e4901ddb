"""Every setting kept in the encrypted store, declared once: its key, its type and its default.

A setting is stored as JSON text under its key (table `settings`). Reading never fails: a row
that is missing, damaged, of the wrong type or out of range (an older version, a hand-edited
store) reads as the default. Writing takes only a value of the declared type, which checks
itself when it is made (a `ScaleSizes` of 6 steps cannot exist), so what is written reads back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from companion.errors import InvalidEntry
from companion.help.crisis_lines import CrisisLine, check_lines, line_from_json, line_json
from companion.journal.nudge import NUDGE_KINDS, NudgeRule
from companion.journal.scales import DEFAULT_STEPS, SCALE_SIZES

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting. `decode` turns stored JSON into a value and raises ValueError,
    TypeError or KeyError for anything else; `encode` is its inverse."""

    key: str
    default: T
    decode: Callable[[Any], T]
    encode: Callable[[T], Any]

    def read(self, text: str | None) -> T:
        """The value stored as `text` (None: never stored), or the default."""
        if text is None:
            return self.default
        try:
            return self.decode(json.loads(text))
        except (ValueError, TypeError, KeyError, RecursionError):
            return self.default

    def write(self, value: T) -> str:
        return json.dumps(self.encode(value), ensure_ascii=False)


SETTINGS: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    if setting.key in SETTINGS:
        raise ValueError(f"setting {setting.key!r} is declared twice")
    SETTINGS[setting.key] = setting
    return setting


def _whole_number(value: object) -> int:
    """An int as JSON gives it; True, 3.0 and "3" are not numbers of days or steps."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not a whole number")
    return value


# --- the scales -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ScaleSizes:
    """How many steps the mood and energy scales of new check-ins have."""

    mood: int = DEFAULT_STEPS
    energy: int = DEFAULT_STEPS

    def __post_init__(self) -> None:
        if self.mood not in SCALE_SIZES or self.energy not in SCALE_SIZES:
            raise InvalidEntry("scale", f"a scale has {', '.join(map(str, SCALE_SIZES))} steps")


def _scale_sizes(document: Any) -> ScaleSizes:
    """Each scale on its own: a size this version does not offer reads as the default size."""
    if not isinstance(document, dict):
        raise TypeError("not an object")

    def size(kind: str) -> int:
        value = document.get(kind)
        if isinstance(value, int) and not isinstance(value, bool) and value in SCALE_SIZES:
            return value
        return DEFAULT_STEPS

    return ScaleSizes(mood=size("mood"), energy=size("energy"))


SCALES = declare(
    Setting(
        "scales",
        ScaleSizes(),
        _scale_sizes,
        lambda sizes: {"mood": sizes.mood, "energy": sizes.energy},
    )
)


# --- the nudge ------------------------------------------------------------------------------
def _nudge_rule(document: Any) -> NudgeRule:
    if not isinstance(document, dict):
        raise TypeError("not an object")
    kinds = document["kinds"]
    if not isinstance(kinds, list) or any(kind not in NUDGE_KINDS for kind in kinds):
        raise ValueError("unknown kind of sign")
    return NudgeRule(  # checks the ranges itself (ValueError)
        days=_whole_number(document["days"]),
        min_days=_whole_number(document["min_days"]),
        kinds=tuple(kinds),
    )


NUDGE_RULE = declare(
    Setting(
        "nudge_rule",
        NudgeRule(),
        _nudge_rule,
        lambda rule: {"days": rule.days, "min_days": rule.min_days, "kinds": list(rule.kinds)},
    )
)


def _day_or_none(document: Any) -> date | None:
    if document is None:
        return None
    if not isinstance(document, str):
        raise TypeError("not a date")
    return date.fromisoformat(document)


NUDGE_DISMISSED_ON: Setting[date | None] = declare(
    Setting(
        "nudge_dismissed_on",
        None,
        _day_or_none,
        lambda day: None if day is None else day.isoformat(),
    )
)
"""The local day on which the person last dismissed the nudge: hidden until the next day."""


# --- Help now: the crisis lines -------------------------------------------------------------
def _crisis_lines(document: Any) -> tuple[CrisisLine, ...] | None:
    """The person's own list, all lines readable or none: a damaged row reads as the seeds."""
    if document is None:
        return None
    if not isinstance(document, list):
        raise TypeError("not a list")
    return check_lines(line_from_json(line) for line in document)


CRISIS_LINES: Setting[tuple[CrisisLine, ...] | None] = declare(
    Setting(
        "crisis_lines",
        None,
        _crisis_lines,
        lambda lines: None if lines is None else [line_json(line) for line in lines],
    )
)
"""The crisis lines Help now shows. None (never edited, or damaged) means the seeds
(`companion.help.crisis_lines.seed_lines`) in the window's language, which is why the default
is not the seeds themselves: the language is not the store's to know."""
