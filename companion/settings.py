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
from companion.limits import MAX_OWNER_NAME_CHARS, check_text

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


# === reminders (companion/reminders/) =================================================


# Which reminders are on and when, the reminders the person makes (with their own words, kept
# only here, inside the encrypted store), and per reminder the UTC moment up to which its due
# times have been handled. Each field and each reminder is read on its own: one damaged part
# reads as its default (or is left out) and never switches the others off.
from datetime import UTC as _UTC  # noqa: E402
from datetime import datetime as _datetime  # noqa: E402
from datetime import time as _time  # noqa: E402

from companion.limits import MAX_PERSONAL_REMINDERS  # noqa: E402
from companion.reminders.model import (  # noqa: E402
    MAX_REMINDER_ID_CHARS,
    PersonalReminder,
    ReminderSettings,
    Repeat,
)


def _wall_time(document: Any) -> _time:
    """ "HH:MM" (a wall-clock time in the person's zone)."""
    if not isinstance(document, str) or len(document) != 5:
        raise ValueError("not HH:MM")
    return _time.fromisoformat(document)


def _flag(document: Any) -> bool:
    if not isinstance(document, bool):
        raise TypeError("not true or false")
    return document


def _weekdays(document: Any) -> tuple[int, ...]:
    if not isinstance(document, list):
        raise TypeError("not a list")
    return tuple(_whole_number(day) for day in document)  # the model checks 0 to 6, in order


_REMINDER_FIELDS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "check_in_on": (_flag, bool),
    "check_in_at": (_wall_time, lambda at: f"{at:%H:%M}"),
    "weekly_review_on": (_flag, bool),
    "weekly_review_day": (_whole_number, int),
    "weekly_review_at": (_wall_time, lambda at: f"{at:%H:%M}"),
    "rest_days_on": (_flag, bool),
    "rest_days": (_weekdays, list),
    "rest_day_at": (_wall_time, lambda at: f"{at:%H:%M}"),
    "supervision_on": (_flag, bool),
    "next_supervision": (_day_or_none, lambda day: None if day is None else day.isoformat()),
    "supervision_at": (_wall_time, lambda at: f"{at:%H:%M}"),
    "hours_start_on": (_flag, bool),
    "hours_end_on": (_flag, bool),
    "backup_on": (_flag, bool),
}


def _reminder_settings(document: Any) -> ReminderSettings:
    if not isinstance(document, dict):
        raise TypeError("not an object")
    default = ReminderSettings()
    values: dict[str, Any] = {}
    for name, (decode, _encode) in _REMINDER_FIELDS.items():
        try:
            value = decode(document[name])
            ReminderSettings(**{name: value})  # checks this field on its own
        except (ValueError, TypeError, KeyError, InvalidEntry):
            value = getattr(default, name)
        values[name] = value
    return ReminderSettings(**values)


REMINDERS = declare(
    Setting(
        "reminders",
        ReminderSettings(),
        _reminder_settings,
        lambda wanted: {
            name: encode(getattr(wanted, name))
            for name, (_decode, encode) in _REMINDER_FIELDS.items()
        },
    )
)
"""Which built-in reminders are on and when: all off until the person turns one on."""


def _personal_reminder(document: Any) -> PersonalReminder:
    if not isinstance(document, dict):
        raise TypeError("not an object")
    text = document["text"]
    reminder_id = document["id"]
    if not isinstance(text, str) or not isinstance(reminder_id, str):
        raise TypeError("not text")
    return PersonalReminder(
        id=reminder_id,
        text=text,
        at=_wall_time(document["at"]),
        repeat=Repeat(document["repeat"]),
        on_day=_day_or_none(document.get("on_day")),
        weekdays=_weekdays(document.get("weekdays", [])),
        on=_flag(document.get("on", True)),
    )


def _personal_reminders(document: Any) -> tuple[PersonalReminder, ...]:
    """Each reminder on its own: a damaged one (or a second with the same id) is left out."""
    if not isinstance(document, list):
        raise TypeError("not a list")
    kept: dict[str, PersonalReminder] = {}
    for entry in document[:MAX_PERSONAL_REMINDERS]:
        try:
            reminder = _personal_reminder(entry)
        except (ValueError, TypeError, KeyError, InvalidEntry):
            continue
        kept.setdefault(reminder.id, reminder)
    return tuple(kept.values())


PERSONAL_REMINDERS: Setting[tuple[PersonalReminder, ...]] = declare(
    Setting(
        "personal_reminders",
        (),
        _personal_reminders,
        lambda reminders: [
            {
                "id": reminder.id,
                "text": reminder.text,
                "at": f"{reminder.at:%H:%M}",
                "repeat": reminder.repeat.value,
                "on_day": None if reminder.on_day is None else reminder.on_day.isoformat(),
                "weekdays": list(reminder.weekdays),
                "on": reminder.on,
            }
            for reminder in reminders
        ],
    )
)
"""The reminders the person makes; their text is shown only inside the unlocked app."""


def _reminder_marks(document: Any) -> dict[str, _datetime]:
    """Each mark on its own: one that is not an aware ISO-8601 time is left out (that reminder
    then starts afresh from now, which can lose one reminder but never bursts)."""
    if not isinstance(document, dict):
        raise TypeError("not an object")
    marks: dict[str, _datetime] = {}
    for reminder_id, text in document.items():
        if not isinstance(text, str) or len(reminder_id) > 4 * MAX_REMINDER_ID_CHARS:
            continue
        try:
            moment = _datetime.fromisoformat(text)
        except ValueError:
            continue
        if moment.tzinfo is not None and moment.utcoffset() is not None:
            marks[reminder_id] = moment.astimezone(_UTC)
    return marks


REMINDER_MARKS: Setting[dict[str, _datetime]] = declare(
    Setting(
        "reminder_marks",
        {},
        _reminder_marks,
        lambda marks: {reminder_id: moment.isoformat() for reminder_id, moment in marks.items()},
    )
)
"""Per reminder, the UTC moment up to which its due times have been handled (fired, listed as
missed, or no longer relevant): `companion.reminders.engine.ReminderState`."""


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


# --- boundary rules (companion/boundaries/rules.py) ------------------------------------------
BOUNDARY_RULES_SEEDED: Setting[bool] = declare(Setting("boundary_rules_seeded", False, _flag, bool))
"""Whether the seed rules were ever put in this store's list. They are put in once, in the
person's language, on the first read of the list (the language is not the store's to know);
after that a deleted rule never comes back."""


# --- backups (companion/store/backup.py) ----------------------------------------------------
MAX_AUTO_BACKUPS_KEPT = 60


def _backups_kept(document: Any) -> int:
    kept = _whole_number(document)
    if not 0 <= kept <= MAX_AUTO_BACKUPS_KEPT:
        raise ValueError("out of range")
    return kept


AUTO_BACKUPS_KEPT: Setting[int] = declare(Setting("auto_backups_kept", 7, _backups_kept, int))
"""How many daily automatic backups (backups/auto-YYYY-MM-DD.companion-backup) are kept in the
data folder; 0 makes none."""


def _moment_or_none(document: Any) -> _datetime | None:
    if document is None:
        return None
    if not isinstance(document, str):
        raise TypeError("not a time")
    moment = _datetime.fromisoformat(document)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("not an aware time")
    return moment.astimezone(_UTC)


LAST_OUTSIDE_BACKUP: Setting[_datetime | None] = declare(
    Setting(
        "last_outside_backup",
        None,
        _moment_or_none,
        lambda moment: None if moment is None else moment.astimezone(_UTC).isoformat(),
    )
)
"""When the last backup outside the data folder was made (`companion backup`, Back up now):
the backup reminder asks for a new one when it is old."""


# --- the plan's owner (the supporters' copy, companion/plan/render.py) ----------------------
def owner_name(text: str) -> str:
    """`text` as a name to print: spaces collapsed; InvalidEntry ("name") when it is not valid
    text or longer than MAX_OWNER_NAME_CHARS (never quoting it)."""
    name = " ".join(check_text(text, "name").split())
    if len(name) > MAX_OWNER_NAME_CHARS:
        raise InvalidEntry("name", f"can be at most {MAX_OWNER_NAME_CHARS} characters")
    return name


def _owner_name(document: Any) -> str:
    if not isinstance(document, str):
        raise TypeError("not text")
    return owner_name(document)  # InvalidEntry is a ValueError: such a row reads as ""


PLAN_OWNER_NAME: Setting[str] = declare(Setting("plan_owner_name", "", _owner_name, _owner_name))
"""The name the person gave for the supporters' copy of the crisis plan ("" when none): asked
once in the export dialog, optional, and kept only here, inside the encrypted store."""
