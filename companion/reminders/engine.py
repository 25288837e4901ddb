"""The reminder engine: given what is wanted, the facts and a clock, what is due and when next.

Plain Python with an injectable clock. Due times are computed as UTC moments and compared with
the clock in UTC, so a time-zone change of the computer, DST, suspend and resume and a clock set
by hand neither lose nor double a reminder:

- for each reminder the caller keeps (and persists) the moment up to which everything has been
  handled (`ReminderState`); a tick looks only at due times after it and up to now, and that
  moment never moves backwards, so a clock set back never fires anything twice;
- what became due within `on_time` of now is due now; older ones (missed while asleep or
  closed) come once, together, as one `MissedSummary`; anything older than `lookback` is
  dropped quietly rather than shown as a long list;
- a reminder fires only while still relevant (no check-in reminder once today has a check-in);
- a wall-clock time that a DST change skips (02:30 on a spring-forward day) is due once, at the
  moment the clocks jump; a time that happens twice (fall-back) is due once, the first time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, WEEKLY, rrule

from companion.clock import now_utc
from companion.reminders.model import (
    BACKUP_AGE_DAYS,
    BACKUP_REMINDER_AT,
    PersonalReminder,
    ReminderKind,
    ReminderSettings,
    Repeat,
)

ON_TIME = timedelta(minutes=10)  # due within this of now: shown as due now, not as missed
MISSED_LOOKBACK = timedelta(days=7)  # missed longer ago than this: not listed at all
_SEARCH_AHEAD = timedelta(days=8)  # a daily or weekly rule comes back within this


def wall_to_utc(naive: datetime, zone: ZoneInfo) -> datetime:
    """The UTC moment of a wall-clock time in `zone`: the first one when the clocks go back
    and it happens twice, the moment the clocks jump when they go forward past it."""
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first
    # In a gap: the earliest moment whose wall clock reads `naive` or later is the jump.
    other = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    low, high = min(first, other), max(first, other)  # wall(low) < naive <= wall(high)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            break
        if middle.astimezone(zone).replace(tzinfo=None) >= naive:
            high = middle
        else:
            low = middle
    return high


@dataclass(frozen=True)
class ActivityWindow:
    """One stretch of a role's activity hours, as the hours feature computes it."""

    start_utc: datetime
    end_utc: datetime
    role: str  # the person's name for the role: shown only inside the app


@dataclass(frozen=True)
class Occurrence:
    """One time a reminder is due."""

    reminder_id: str
    kind: ReminderKind
    due_utc: datetime
    day: date  # the local calendar day it belongs to (relevance is asked about this day)
    detail: str | None = None  # the person's words (their text, a role): only inside the app


def _never(day: date) -> bool:
    return False


def backup_is_old(last_backup_day: date | None, day: date) -> bool:
    """Whether, on `day`, the last backup outside the data folder (its local day; None: never
    made) is BACKUP_AGE_DAYS old or older."""
    return last_backup_day is None or (day - last_backup_day).days >= BACKUP_AGE_DAYS


@dataclass(frozen=True)
class Relevance:
    """What the caller knows about the person's days; each answers for one local day."""

    checked_in_on: Callable[[date], bool] = _never
    weekly_review_done_for: Callable[[date], bool] = _never  # the week of that day
    backup_is_old_on: Callable[[date], bool] = _never  # the last outside backup, that day


def still_relevant(occurrence: Occurrence, relevance: Relevance) -> bool:
    """False once the reminder has nothing left to ask (today's check-in is written)."""
    if occurrence.kind is ReminderKind.CHECK_IN:
        return not relevance.checked_in_on(occurrence.day)
    if occurrence.kind is ReminderKind.WEEKLY_REVIEW:
        return not relevance.weekly_review_done_for(occurrence.day)
    if occurrence.kind is ReminderKind.BACKUP:
        return relevance.backup_is_old_on(occurrence.day)
    return True


class Declared:
    """One wanted reminder: its id (which changes when its schedule does, so a changed time
    starts afresh) and its due times."""

    def __init__(self, reminder_id: str, kind: ReminderKind) -> None:
        self.id = reminder_id
        self.kind = kind

    def between(self, after: datetime, until: datetime) -> list[Occurrence]:
        """Due times in (after, until], in order."""
        raise NotImplementedError

    def next_after(self, moment: datetime) -> datetime | None:
        found = self.between(moment, moment + _SEARCH_AHEAD)
        return found[0].due_utc if found else None


class WallClockReminder(Declared):
    """Due at a wall-clock time in the person's zone: every day, on some weekdays, or once."""

    def __init__(
        self,
        reminder_id: str,
        kind: ReminderKind,
        zone_name: str,
        at: time,
        *,
        weekdays: tuple[int, ...] | None = None,  # None: every day
        once_on: date | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(reminder_id, kind)
        self._zone = ZoneInfo(zone_name)
        self._at = at.replace(tzinfo=None, fold=0)
        self._weekdays = weekdays
        self._once_on = once_on
        self._detail = detail
        self._cache: dict[tuple[date, date], list[tuple[date, datetime]]] = {}

    def _local_times(self, first_day: date, last_day: date) -> Iterable[datetime]:
        if self._once_on is not None:
            if first_day <= self._once_on <= last_day:
                yield datetime.combine(self._once_on, self._at)
            return
        start = datetime.combine(first_day, self._at)
        end = datetime.combine(last_day, self._at)
        if self._weekdays is None:
            yield from rrule(DAILY, dtstart=start, until=end)
        else:
            yield from rrule(WEEKLY, byweekday=self._weekdays, dtstart=start, until=end)

    def _due_times(self, first_day: date, last_day: date) -> list[tuple[date, datetime]]:
        """(local day, UTC due time) for each day in the range; remembered, as a tick every
        30 seconds asks for the same few days again and again."""
        key = (first_day, last_day)
        if key not in self._cache:
            if len(self._cache) > 32:
                self._cache.clear()
            self._cache[key] = [
                (local.date(), wall_to_utc(local, self._zone))
                for local in self._local_times(first_day, last_day)
            ]
        return self._cache[key]

    def between(self, after: datetime, until: datetime) -> list[Occurrence]:
        if until <= after:
            return []
        # A day either side: a wall time near midnight can belong to the neighbouring UTC day.
        first_day = after.astimezone(self._zone).date() - timedelta(days=1)
        last_day = until.astimezone(self._zone).date() + timedelta(days=1)
        return [
            Occurrence(self.id, self.kind, due, day, self._detail)
            for day, due in self._due_times(first_day, last_day)
            if after < due <= until
        ]

    def next_after(self, moment: datetime) -> datetime | None:
        if self._once_on is not None:
            due = wall_to_utc(datetime.combine(self._once_on, self._at), self._zone)
            return due if due > moment else None
        return super().next_after(moment)


class HoursReminder(Declared):
    """Due at the start or the end of each activity window the caller supplies."""

    def __init__(
        self,
        kind: ReminderKind,
        zone_name: str,
        windows: Sequence[ActivityWindow],
    ) -> None:
        super().__init__(kind.value, kind)
        self._zone = ZoneInfo(zone_name)
        self._windows = windows

    def _moment(self, window: ActivityWindow) -> datetime:
        return window.start_utc if self.kind is ReminderKind.HOURS_START else window.end_utc

    def between(self, after: datetime, until: datetime) -> list[Occurrence]:
        found = [
            Occurrence(
                self.id,
                self.kind,
                self._moment(window),
                window.start_utc.astimezone(self._zone).date(),  # a window's day is its start
                window.role,
            )
            for window in self._windows
            if after < self._moment(window) <= until
        ]
        return sorted(found, key=lambda occurrence: occurrence.due_utc)

    def next_after(self, moment: datetime) -> datetime | None:
        later = [self._moment(w) for w in self._windows if self._moment(w) > moment]
        return min(later, default=None)


def declare_reminders(
    zone_name: str,
    wanted: ReminderSettings,
    personal: Sequence[PersonalReminder] = (),
    windows: Sequence[ActivityWindow] = (),
) -> list[Declared]:
    """Every reminder that is on, built from the settings, the person's own reminders and the
    activity windows (computed by the hours feature for roughly the last week and the next)."""
    declared: list[Declared] = []
    if wanted.check_in_on:
        at = wanted.check_in_at
        declared.append(
            WallClockReminder(f"check_in {at:%H:%M}", ReminderKind.CHECK_IN, zone_name, at)
        )
    if wanted.weekly_review_on:
        day, at = wanted.weekly_review_day, wanted.weekly_review_at
        declared.append(
            WallClockReminder(
                f"weekly_review {day} {at:%H:%M}",
                ReminderKind.WEEKLY_REVIEW,
                zone_name,
                at,
                weekdays=(day,),
            )
        )
    if wanted.rest_days_on and wanted.rest_days:
        days, at = wanted.rest_days, wanted.rest_day_at
        declared.append(
            WallClockReminder(
                f"rest_day {','.join(map(str, days))} {at:%H:%M}",
                ReminderKind.REST_DAY,
                zone_name,
                at,
                weekdays=days,
            )
        )
    if wanted.supervision_on and wanted.next_supervision is not None:
        meeting, at = wanted.next_supervision, wanted.supervision_at
        declared.append(
            WallClockReminder(
                f"supervision {meeting.isoformat()} {at:%H:%M}",
                ReminderKind.SUPERVISION,
                zone_name,
                at,
                once_on=meeting,
            )
        )
    if wanted.backup_on:
        declared.append(
            WallClockReminder(
                f"backup {BACKUP_REMINDER_AT:%H:%M}",
                ReminderKind.BACKUP,
                zone_name,
                BACKUP_REMINDER_AT,
            )
        )
    if wanted.hours_start_on:
        declared.append(HoursReminder(ReminderKind.HOURS_START, zone_name, windows))
    if wanted.hours_end_on:
        declared.append(HoursReminder(ReminderKind.HOURS_END, zone_name, windows))
    for reminder in personal:
        if reminder.on:
            declared.append(_personal(reminder, zone_name))
    return declared


def _personal(reminder: PersonalReminder, zone_name: str) -> WallClockReminder:
    schedule = {
        Repeat.ONCE: f"once {reminder.on_day}",
        Repeat.DAILY: "daily",
        Repeat.WEEKLY: f"weekly {','.join(map(str, reminder.weekdays))}",
    }[reminder.repeat]
    return WallClockReminder(
        f"personal {reminder.id} {schedule} {reminder.at:%H:%M}",
        ReminderKind.PERSONAL,
        zone_name,
        reminder.at,
        weekdays=reminder.weekdays if reminder.repeat is Repeat.WEEKLY else None,
        once_on=reminder.on_day if reminder.repeat is Repeat.ONCE else None,
        detail=reminder.text,
    )


@dataclass(frozen=True)
class ReminderState:
    """Per reminder id, the UTC moment up to which every due time has been handled (fired,
    summarised, or dropped as no longer relevant). The caller persists it."""

    handled_through: dict[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class MissedSummary:
    """Reminders that came due while the computer slept or the app was closed, shown once."""

    occurrences: tuple[Occurrence, ...]

    def counts(self) -> dict[ReminderKind, int]:
        """How many of each kind: all a notification may say."""
        return dict(Counter(occurrence.kind for occurrence in self.occurrences))


@dataclass(frozen=True)
class TickResult:
    due: tuple[Occurrence, ...]  # due now: a notification and a banner each
    missed: MissedSummary | None  # missed ones, together: one notification, one list
    state: ReminderState  # to keep for the next tick
    changed: bool  # something was handled or the reminders changed: persist `state`
    next_wake_utc: datetime | None  # the next due time of any reminder, for a timer


def tick(
    declared: Sequence[Declared],
    state: ReminderState,
    now: datetime,
    relevance: Relevance = Relevance(),
    *,
    on_time: timedelta = ON_TIME,
    lookback: timedelta = MISSED_LOOKBACK,
) -> TickResult:
    """What is due at `now` (aware), and the state after handing it out."""
    now = now.astimezone(UTC)
    due: list[Occurrence] = []
    missed: list[Occurrence] = []
    handled: dict[str, datetime] = {}
    changed = set(state.handled_through) != {reminder.id for reminder in declared}
    for reminder in declared:
        mark = state.handled_through.get(reminder.id)
        if mark is None:  # newly wanted: starts from now, nothing from before
            handled[reminder.id] = now
            continue
        handled[reminder.id] = max(mark, now)  # never backwards: a clock set back fires nothing
        if now <= mark:
            continue
        occurrences = reminder.between(max(mark, now - lookback), now)
        changed = changed or bool(occurrences) or mark < now - lookback
        for occurrence in occurrences:
            if not still_relevant(occurrence, relevance):
                continue
            if occurrence.due_utc >= now - on_time:
                due.append(occurrence)
            else:
                missed.append(occurrence)
    new_state = ReminderState(handled)
    wake_times = [
        wake
        for reminder in declared
        if (wake := reminder.next_after(handled[reminder.id])) is not None
    ]
    return TickResult(
        due=tuple(sorted(due, key=lambda occurrence: occurrence.due_utc)),
        missed=MissedSummary(tuple(sorted(missed, key=lambda o: o.due_utc))) if missed else None,
        state=new_state,
        changed=changed,
        next_wake_utc=min(wake_times, default=None),
    )


class ReminderEngine:
    """`tick` with its clock and facts bound; keeps the state between ticks."""

    def __init__(
        self,
        state: ReminderState,
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        self.state = state
        self._clock = clock

    def tick(self, declared: Sequence[Declared], relevance: Relevance = Relevance()) -> TickResult:
        result = tick(declared, self.state, self._clock(), relevance)
        self.state = result.state
        return result
