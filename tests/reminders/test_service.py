"""The reminder service on an open store: journal facts, marks kept across a restart."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion import settings
from companion.errors import InvalidEntry
from companion.journal.checkin import new_checkin
from companion.reminders.model import PersonalReminder, ReminderKind, ReminderSettings, Repeat
from companion.services.reminders import ReminderService
from companion.services.store_services import StoreServices
from companion.store import Store

ZONE = "Europe/Berlin"


def berlin(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(ZONE)).astimezone(UTC)  # type: ignore[misc]


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_no_check_in_reminder_once_today_has_a_check_in(store: Store) -> None:
    clock = FakeClock(berlin(2024, 5, 1, 8))
    services = StoreServices(store)
    services.reminders = ReminderService(store, clock)
    services.reminders.save_wanted(ReminderSettings(check_in_on=True, check_in_at=time(20)))
    assert services.reminders.tick(ZONE).due == ()  # starts now
    clock.now = berlin(2024, 5, 1, 20, 0, 30)
    assert [o.kind for o in services.reminders.tick(ZONE).due] == [ReminderKind.CHECK_IN]
    services.journal.add(
        new_checkin(
            at=berlin(2024, 5, 2, 9), zone=ZONE, mood=4, energy=4, now=clock.now + timedelta(days=1)
        )
    )
    clock.now = berlin(2024, 5, 2, 20, 0, 30)
    result = services.reminders.tick(ZONE)
    assert result.due == () and result.missed is None
    assert result.next_wake_utc == berlin(2024, 5, 3, 20)


def test_marks_are_kept_so_a_restart_lists_missed_reminders_once(store: Store) -> None:
    clock = FakeClock(berlin(2024, 5, 1, 8))
    mine = PersonalReminder("p", "take the tablets", time(9), Repeat.DAILY)
    first = StoreServices(store).reminders
    first.save_personal((mine,))
    first = ReminderService(store, clock)
    first.tick(ZONE)
    assert store.setting(settings.REMINDER_MARKS)  # the newly wanted reminder was recorded
    clock.now = berlin(2024, 5, 3, 12)  # the app was closed for two days
    again = ReminderService(store, clock)
    result = again.tick(ZONE)
    assert result.missed is not None
    assert result.missed.counts() == {ReminderKind.PERSONAL: 3}
    assert [o.detail for o in result.missed.occurrences] == ["take the tablets"] * 3
    assert ReminderService(store, clock).tick(ZONE).missed is None  # once, also after a restart


def test_too_many_or_twice_the_same_id_is_refused(store: Store) -> None:
    service = StoreServices(store).reminders
    mine = PersonalReminder("p", "x", time(9), Repeat.DAILY)
    with pytest.raises(InvalidEntry):
        service.save_personal((mine, mine))
    assert service.personal() == ()
