"""Backups through the real widgets: Back up now in Settings, Restore on the first-run screen,
today's automatic backup after unlock, and the backup reminder's checkbox."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from companion import backup_file, settings
from companion.clock import now_utc
from companion.journal.checkin import new_checkin
from companion.paths import DataFolder
from companion.store import create_store
from companion.ui.session import CompanionSession
from tests.conftest import PASSPHRASE, snapshot
from tests.ui.conftest import create_through_welcome


def _open_settings(session: CompanionSession):
    session.window.settings_action.trigger()
    dialog = session.settings_dialog
    assert dialog is not None and dialog.backup_box is not None
    return dialog


def test_back_up_now_writes_an_encrypted_file_and_remembers_when(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    create_through_welcome(qtbot, session)
    dialog = _open_settings(session)
    box = dialog.backup_box
    assert box.last.text() == "No backup made yet."
    target = tmp_path / "usb" / "mine.companion-backup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(box.back_up_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(backup_file.MAGIC)
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert "Saved an encrypted backup" in box.status.text()
    assert box.last.text().startswith("Last backup:")
    assert session.store.setting(settings.LAST_OUTSIDE_BACKUP) is not None


def test_back_up_now_refuses_the_data_folder(qtbot, session, folder, monkeypatch) -> None:
    create_through_welcome(qtbot, session)
    dialog = _open_settings(session)
    inside = folder.root / "copy.companion-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(inside), ""))
    before = snapshot(folder.root)
    qtbot.mouseClick(dialog.backup_box.back_up_button, Qt.MouseButton.LeftButton)
    assert "inside Companion's own data folder" in dialog.backup_box.status.text()
    assert not inside.exists()
    assert snapshot(folder.root) == before


def test_cancelling_the_file_dialog_writes_nothing(qtbot, session, tmp_path, monkeypatch):
    create_through_welcome(qtbot, session)
    dialog = _open_settings(session)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.backup_box.back_up_now() is None
    assert dialog.backup_box.status.text() == ""


def test_the_number_of_daily_backups_is_saved_with_settings(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    dialog = _open_settings(session)
    assert dialog.backup_box.kept.value() == 7
    dialog.backup_box.kept.setValue(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert session.store.setting(settings.AUTO_BACKUPS_KEPT) == 3


def test_todays_automatic_backup_after_unlock(qtbot, session, folder) -> None:
    create_through_welcome(qtbot, session)
    daily = session.daily_backup
    assert daily.timer.isActive()  # not during the start itself
    assert not folder.backups.exists() or not list(folder.backups.iterdir())
    made = daily.run()
    assert made is not None and made.parent == folder.backups
    assert made.name.startswith("auto-") and made.name.endswith(".companion-backup")
    assert daily.run() is None  # scheduled once per unlock
    session.lock()
    assert not daily.timer.isActive()


def _backup_of_a_store_with_a_checkin(tmp_path: Path) -> tuple[Path, str]:
    source = DataFolder(tmp_path / "old-computer")
    store, code = create_store(source, PASSPHRASE)
    store.add_checkin(new_checkin(at=now_utc(), zone="Asia/Tokyo", mood=4, energy=2, note="kept"))
    from companion.store.backup import make_backup

    target = tmp_path / "from-usb.companion-backup"
    make_backup(store, target)
    store.close()
    return target, code


@pytest.mark.parametrize("by", ["passphrase", "recovery code"])
def test_restore_on_the_first_run_screen(qtbot, session, tmp_path, monkeypatch, by) -> None:
    target, code = _backup_of_a_store_with_a_checkin(tmp_path)
    session.start()
    welcome = session.welcome
    assert welcome is not None and welcome.restore_button.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(welcome.restore_button, Qt.MouseButton.LeftButton)
    dialog = welcome.restore_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.secret, PASSPHRASE if by == "passphrase" else code)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert not dialog.restore_button.isEnabled()  # checking, in a worker thread
    qtbot.waitUntil(lambda: session.window is not None, timeout=20_000)
    assert session.store is not None
    (entry,) = session.store.all_checkins()
    assert (entry.note, entry.mood.step) == ("kept", 4)


def test_a_wrong_passphrase_on_restore_is_told_and_changes_nothing(
    qtbot, session, folder, tmp_path, monkeypatch
) -> None:
    target, _code = _backup_of_a_store_with_a_checkin(tmp_path)
    session.start()
    welcome = session.welcome
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(welcome.restore_button, Qt.MouseButton.LeftButton)
    dialog = welcome.restore_dialog
    qtbot.waitExposed(dialog)
    before = snapshot(folder.root) if folder.root.exists() else None
    qtbot.keyClicks(dialog.secret, "not my passphrase at all")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "doesn't open this backup" in dialog.error.text(), timeout=20_000)
    assert dialog.isVisible() and session.store is None
    assert (snapshot(folder.root) if folder.root.exists() else None) == before
    assert dialog.focusWidget() is dialog.secret


def test_a_foreign_file_is_refused_before_asking(qtbot, session, tmp_path, monkeypatch):
    foreign = tmp_path / "holiday.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0 not a backup" * 50)
    session.start()
    welcome = session.welcome
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    qtbot.mouseClick(welcome.restore_button, Qt.MouseButton.LeftButton)
    assert welcome.restore_dialog is None
    assert "not a Companion backup" in welcome.error.text()


def test_the_backup_reminder_is_opt_in_in_the_reminders_dialog(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    dialog = _open_settings(session)
    qtbot.mouseClick(dialog.reminders_button, Qt.MouseButton.LeftButton)
    reminders = dialog.reminders_dialog
    assert not reminders.backup_on.isChecked()
    reminders.backup_on.setChecked(True)
    qtbot.mouseClick(reminders.save_button, Qt.MouseButton.LeftButton)
    assert session.store.setting(settings.REMINDERS).backup_on
