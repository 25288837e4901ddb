"""Reminders of one open store: the settings, the person's own reminders, and each tick."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from companion import settings
from companion.clock import now_utc
from companion.reminders.engine import (
    MISSED_LOOKBACK,
    ActivityWindow,
    Occurrence,
    Relevance,
    ReminderState,
    TickResult,
    backup_is_old,
    declare_reminders,
    still_relevant,
    tick,
)
from companion.reminders.model import (
    PersonalReminder,
    ReminderKind,
    ReminderSettings,
    check_personal_reminders,
)
from companion.store import Store


class ReminderService:
    """Asks the engine what is due, with the facts of the journal, and keeps its marks in the
    store (written only when something was handled, not on every tick)."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = now_utc) -> None:
        self._store = store
        self._clock = clock
        self._state: ReminderState | None = None

    def wanted(self) -> ReminderSettings:
        return self._store.setting(settings.REMINDERS)

    def save_wanted(self, wanted: ReminderSettings) -> None:
        self._store.set_setting(settings.REMINDERS, wanted)

    def personal(self) -> tuple[PersonalReminder, ...]:
        return self._store.setting(settings.PERSONAL_REMINDERS)

    def save_personal(self, reminders: tuple[PersonalReminder, ...]) -> None:
        check_personal_reminders(reminders)
        self._store.set_setting(settings.PERSONAL_REMINDERS, reminders)

    def tick(
        self, zone: str, windows: Sequence[ActivityWindow] = (), now: datetime | None = None
    ) -> TickResult:
        """What is due now in `zone`. `windows`: the roles' activity hours around now, from the
        hours feature (about the last week and the next), for the hours reminders. `now`: the
        caller's clock (the window's ticker injects one in tests), else the service's."""
        now = self._clock() if now is None else now
        declared = declare_reminders(zone, self.wanted(), self.personal(), windows)
        if self._state is None:
            self._state = ReminderState(self._store.setting(settings.REMINDER_MARKS))
        needs_days = any(reminder.kind is ReminderKind.CHECK_IN for reminder in declared)
        relevance = (
            Relevance(checked_in_on=self._checked_in_days(zone, now)) if needs_days else Relevance()
        )
        if any(reminder.kind is ReminderKind.BACKUP for reminder in declared):
            relevance = replace(relevance, backup_is_old_on=self._backup_is_old(zone))
        result = tick(declared, self._state, now, relevance)
        if result.changed:
            self._store.set_setting(settings.REMINDER_MARKS, result.state.handled_through)
        self._state = result.state
        return result

    def still_relevant(
        self, occurrences: Sequence[Occurrence], zone: str, now: datetime | None = None
    ) -> tuple[Occurrence, ...]:
        """Those of `occurrences` that still have something to ask (a check-in reminder is
        dropped once its day has a check-in)."""
        now = self._clock() if now is None else now
        relevance = Relevance(
            checked_in_on=self._checked_in_days(zone, now),
            backup_is_old_on=self._backup_is_old(zone),
        )
        return tuple(
            occurrence for occurrence in occurrences if still_relevant(occurrence, relevance)
        )

    def _backup_is_old(self, zone: str) -> Callable[[date], bool]:
        """Whether the last backup outside the data folder is old on a local day; asks the
        store once, the first time it is asked."""
        last: list[date | None] = []

        def is_old(day: date) -> bool:
            if not last:
                moment = self._store.setting(settings.LAST_OUTSIDE_BACKUP)
                last.append(None if moment is None else moment.astimezone(ZoneInfo(zone)).date())
            return backup_is_old(last[0], day)

        return is_old

    def _checked_in_days(self, zone: str, now: datetime) -> Callable[[date], bool]:
        """Whether a local day has a check-in; asks the store once, the first time it is asked."""
        days: set[date] | None = None

        def checked_in_on(day: date) -> bool:
            nonlocal days
            if days is None:
                since = now - MISSED_LOOKBACK - timedelta(days=2)
                until = now + timedelta(days=2)
                local = ZoneInfo(zone)
                days = {
                    checkin.at.astimezone(local).date()
                    for checkin in self._store.checkins_between(since, until)
                }
            return day in days

        return checked_in_on
