"""What reminders a person wants: the kinds, their times in the person's zone, their own ones.

Every reminder is off until the person turns it on. Times are wall-clock times in the person's
IANA zone; the engine (`companion.reminders.engine`) turns them into UTC moments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from companion.errors import InvalidEntry
from companion.limits import MAX_PERSONAL_REMINDERS, MAX_REMINDER_TEXT_CHARS, check_text

MAX_REMINDER_ID_CHARS = 64
WEEKDAYS = tuple(range(7))  # Monday is 0, as `date.weekday()` counts
BACKUP_AGE_DAYS = 30  # the backup reminder asks when the last outside backup is this old
BACKUP_REMINDER_AT = time(10, 0)  # and asks at this wall-clock time, once a day


class ReminderKind(StrEnum):
    """What a reminder is about; a notification says only this, never the person's words."""

    CHECK_IN = "check_in"
    HOURS_START = "hours_start"
    HOURS_END = "hours_end"
    WEEKLY_REVIEW = "weekly_review"
    SUPERVISION = "supervision"
    REST_DAY = "rest_day"
    PERSONAL = "personal"
    BACKUP = "backup"  # the last backup outside the data folder is old


class Repeat(StrEnum):
    """How a reminder the person makes comes back."""

    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"


def _check_time(at: time, field: str) -> None:
    if at.tzinfo is not None:
        raise InvalidEntry(field, "a wall-clock time in the person's own zone, without a zone")


def _check_weekdays(days: tuple[int, ...], field: str) -> None:
    if any(isinstance(day, bool) or day not in WEEKDAYS for day in days):
        raise InvalidEntry(field, "weekdays are 0 (Monday) to 6 (Sunday)")
    if list(days) != sorted(set(days)):
        raise InvalidEntry(field, "weekdays are listed once each, in order")


@dataclass(frozen=True)
class ReminderSettings:
    """Which of the built-in reminders are on, and when. All are off at first (opt-in)."""

    check_in_on: bool = False
    check_in_at: time = time(20, 0)
    weekly_review_on: bool = False
    weekly_review_day: int = 6  # Sunday
    weekly_review_at: time = time(18, 0)
    rest_days_on: bool = False
    rest_days: tuple[int, ...] = ()  # weekdays kept free of supporting others
    rest_day_at: time = time(9, 0)
    supervision_on: bool = False
    next_supervision: date | None = None  # set from the supervision log
    supervision_at: time = time(9, 0)  # on the morning of that day
    hours_start_on: bool = False
    hours_end_on: bool = False  # "your hours have ended — it is fine to switch off"
    backup_on: bool = False  # a backup outside the data folder is older than BACKUP_AGE_DAYS

    def __post_init__(self) -> None:
        for field in ("check_in_at", "weekly_review_at", "rest_day_at", "supervision_at"):
            _check_time(getattr(self, field), field)
        _check_weekdays((self.weekly_review_day,), "weekly_review_day")
        _check_weekdays(self.rest_days, "rest_days")


@dataclass(frozen=True)
class PersonalReminder:
    """A reminder the person makes. Its `text` is theirs: shown only inside the unlocked app,
    never in a notification, a log or an error message."""

    id: str
    text: str
    at: time
    repeat: Repeat = Repeat.ONCE
    on_day: date | None = None  # the day of a reminder that comes once
    weekdays: tuple[int, ...] = ()  # the days of a weekly one
    on: bool = True

    def __post_init__(self) -> None:
        if not self.id or len(self.id) > MAX_REMINDER_ID_CHARS or not self.id.isprintable():
            raise InvalidEntry("id", f"1 to {MAX_REMINDER_ID_CHARS} printable characters")
        check_text(self.text, "text", MAX_REMINDER_TEXT_CHARS)
        _check_time(self.at, "at")
        _check_weekdays(self.weekdays, "weekdays")
        if self.repeat is Repeat.ONCE and self.on_day is None:
            raise InvalidEntry("on_day", "a reminder that comes once needs its day")
        if self.repeat is Repeat.WEEKLY and not self.weekdays:
            raise InvalidEntry("weekdays", "a weekly reminder needs at least one weekday")


def check_personal_reminders(reminders: tuple[PersonalReminder, ...]) -> None:
    """At most MAX_PERSONAL_REMINDERS, each id once."""
    if len(reminders) > MAX_PERSONAL_REMINDERS:
        raise InvalidEntry("reminders", f"at most {MAX_PERSONAL_REMINDERS} reminders")
    if len({reminder.id for reminder in reminders}) != len(reminders):
        raise InvalidEntry("reminders", "each reminder has its own id")
