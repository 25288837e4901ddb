"""The backup reminder: opt-in, due at 10:00 only while the last outside backup is old."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from companion import settings
from companion.reminders.engine import backup_is_old, declare_reminders
from companion.reminders.model import ReminderKind, ReminderSettings
from companion.services.backups import BackupService
from companion.services.reminders import ReminderService
from companion.store import Store

ZONE = "Asia/Tokyo"


def tokyo(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(ZONE)).astimezone(UTC)  # type: ignore[misc]


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_old_means_thirty_days_or_never() -> None:
    assert backup_is_old(None, date(2026, 1, 1))
    assert not backup_is_old(date(2026, 1, 1), date(2026, 1, 30))
    assert backup_is_old(date(2026, 1, 1), date(2026, 1, 31))


def test_off_until_turned_on() -> None:
    assert declare_reminders(ZONE, ReminderSettings()) == []
    (declared,) = declare_reminders(ZONE, ReminderSettings(backup_on=True))
    assert declared.kind is ReminderKind.BACKUP


def test_fires_when_the_last_outside_backup_is_old_and_not_otherwise(
    store: Store, tmp_path: Path
) -> None:
    clock = FakeClock(tokyo(2026, 3, 1, 8))
    reminders = ReminderService(store, clock)
    backups = BackupService(store, clock)
    backups.back_up_to(tmp_path / "march.companion-backup")  # 1 March, 08:00
    reminders.save_wanted(ReminderSettings(backup_on=True))
    assert reminders.tick(ZONE).due == ()  # starts now

    clock.now = tokyo(2026, 3, 1, 10, 0, 30)
    assert reminders.tick(ZONE).due == ()  # the backup is fresh
    for day in range(2, 31):  # every morning of March: still fresh (29 days at most)
        clock.now = tokyo(2026, 3, day, 10, 1)
        assert reminders.tick(ZONE).due == (), day

    clock.now = tokyo(2026, 3, 31, 10, 1)  # thirty days
    assert [o.kind for o in reminders.tick(ZONE).due] == [ReminderKind.BACKUP]
    assert reminders.tick(ZONE).due == ()  # once a day

    clock.now = tokyo(2026, 4, 1, 9)
    backups.back_up_to(tmp_path / "april.companion-backup")
    clock.now = tokyo(2026, 4, 1, 10, 1)
    assert reminders.tick(ZONE).due == ()  # a new backup: quiet again


def test_never_backed_up_is_old(store: Store) -> None:
    clock = FakeClock(tokyo(2026, 3, 1, 8))
    reminders = ReminderService(store, clock)
    reminders.save_wanted(ReminderSettings(backup_on=True))
    reminders.tick(ZONE)
    clock.now = tokyo(2026, 3, 1, 10, 2)
    (due,) = reminders.tick(ZONE).due
    assert due.kind is ReminderKind.BACKUP and due.detail is None  # nothing of the person's


def test_an_automatic_backup_is_not_an_outside_backup(store: Store) -> None:
    clock = FakeClock(tokyo(2026, 3, 1, 8))
    BackupService(store, clock).daily_backup(date(2026, 3, 1))
    assert store.setting(settings.LAST_OUTSIDE_BACKUP) is None


def test_the_settings_read_a_damaged_value_as_the_default() -> None:
    assert settings.LAST_OUTSIDE_BACKUP.read('"not a time"') is None
    assert settings.LAST_OUTSIDE_BACKUP.read('"2026-03-01T10:00:00"') is None  # naive
    moment = tokyo(2026, 3, 1, 10)
    assert settings.LAST_OUTSIDE_BACKUP.read(settings.LAST_OUTSIDE_BACKUP.write(moment)) == moment
    assert settings.AUTO_BACKUPS_KEPT.read("61") == 7
    assert settings.AUTO_BACKUPS_KEPT.read("true") == 7
    assert settings.AUTO_BACKUPS_KEPT.read("0") == 0
