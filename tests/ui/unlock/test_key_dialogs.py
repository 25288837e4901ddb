"""A new recovery code and changing the data key, from the window's menu through the real
dialogs; the store goes on under the new key, and the new code is shown once."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from companion.errors import WrongRecoveryCode
from companion.store import keys
from companion.store.folder import read_key_file
from companion.store.keychain import system_vault
from companion.ui.session import CompanionSession
from companion.ui.unlock.key_dialogs import ChangeDataKeyDialog, RecoveryCodeDialog
from tests.conftest import PASSPHRASE, snapshot
from tests.ui.conftest import create_through_welcome


@pytest.fixture
def opened(qtbot, session) -> Iterator[tuple[CompanionSession, str]]:
    """A session with its main window open; and the recovery code from the first run."""
    code = create_through_welcome(qtbot, session)
    yield session, code
    if session.key_dialog is not None:
        session.key_dialog.close()


def _check_in(qtbot, session: CompanionSession, note: str) -> None:
    today = session.window.today
    today.mood.set_value(4)
    today.energy.set_value(3)
    today.note.setPlainText(note)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)


def test_a_new_recovery_code_from_the_menu(qtbot, opened, folder) -> None:
    session, old_code = opened
    session.window.new_recovery_code_action.trigger()
    dialog = session.key_dialog
    assert isinstance(dialog, RecoveryCodeDialog) and dialog.isVisible()
    assert "stops working at once" in dialog.explanation.text()
    assert dialog.code_label.isHidden()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    code = dialog.code_label.text()
    assert not dialog.code_label.isHidden() and len(code) == 29
    assert "Write this code down" in dialog.explanation.text()
    key_file = read_key_file(folder)
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery_code(key_file, old_code)
    assert keys.unlock_with_recovery_code(key_file, code) == keys.unlock_with_passphrase(
        key_file, PASSPHRASE
    )
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""  # the code left with the dialog


def test_cancelling_the_new_recovery_code_changes_nothing(qtbot, opened, folder) -> None:
    session, old_code = opened
    before = snapshot(folder.root)
    session.window.new_recovery_code_action.trigger()
    qtbot.mouseClick(session.key_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not session.key_dialog.isVisible()
    assert snapshot(folder.root) == before
    keys.unlock_with_recovery_code(read_key_file(folder), old_code)


def test_locking_hides_a_shown_recovery_code(qtbot, opened) -> None:
    session, _code = opened
    session.window.new_recovery_code_action.trigger()
    dialog = session.key_dialog
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    session.lock()
    assert not dialog.isVisible() and dialog.code_label.text() == ""
    assert session.key_dialog is None


def test_changing_the_data_key_from_the_menu(qtbot, opened, folder, memory_keyring) -> None:
    session, old_code = opened
    session.window.remember_action.trigger()  # automatic unlock: the keychain holds the key
    _check_in(qtbot, session, "before the change")
    old_key = keys.unlock_with_passphrase(read_key_file(folder), PASSPHRASE)
    session.window.change_data_key_action.trigger()
    dialog = session.key_dialog
    assert isinstance(dialog, ChangeDataKeyDialog) and dialog.isVisible()
    assert "this takes a few seconds" in dialog.cost_label.text()
    assert re.search(r"is \d+(\.\d)? [kM]B;", dialog.cost_label.text())

    before = snapshot(folder.root)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "doesn't unlock" in dialog.error.text() and dialog.isVisible()
    assert snapshot(folder.root) == before

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    shown = session.key_dialog
    assert isinstance(shown, RecoveryCodeDialog) and shown.isVisible()
    new_code = shown.code_label.text()

    key_file = read_key_file(folder)
    new_key = keys.unlock_with_passphrase(key_file, PASSPHRASE)
    assert new_key != old_key
    assert keys.unlock_with_recovery_code(key_file, new_code) == new_key
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery_code(key_file, old_code)
    vault = system_vault()
    assert vault is not None and vault.load(key_file.store_id) == new_key

    # The window goes on under the new key: what was there is there, and writing works.
    _check_in(qtbot, session, "after the change")
    notes = [entry.note for entry in session.services.journal.every()]
    assert notes == ["before the change", "after the change"]
    shown.close()


def test_cancelling_the_change_of_the_data_key_changes_nothing(qtbot, opened, folder) -> None:
    session, _code = opened
    before = snapshot(folder.root)
    session.window.change_data_key_action.trigger()
    dialog = session.key_dialog
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and snapshot(folder.root) == before
    assert session.store.is_open


def test_a_failed_change_of_the_data_key_keeps_the_old_key(qtbot, opened, folder, monkeypatch):
    import errno

    session, old_code = opened
    _check_in(qtbot, session, "kept")

    def full(_path: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("companion.store.rekeying._flush", full)
    session.window.change_data_key_action.trigger()
    dialog = session.key_dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "disk is full" in dialog.error.text() and dialog.isVisible()
    assert session.store.is_open
    assert [entry.note for entry in session.services.journal.every()] == ["kept"]
    keys.unlock_with_recovery_code(read_key_file(folder), old_code)
    dialog.close()


def test_the_keys_in_settings_open_the_same_dialogs(qtbot, opened) -> None:
    session, _code = opened
    session.show_settings()
    keys_box = session.settings_dialog.keys_box
    assert keys_box.isVisibleTo(session.settings_dialog)
    qtbot.mouseClick(keys_box.recovery_button, Qt.MouseButton.LeftButton)
    assert isinstance(session.key_dialog, RecoveryCodeDialog)
    session.key_dialog.close()
    qtbot.mouseClick(keys_box.data_key_button, Qt.MouseButton.LeftButton)
    assert isinstance(session.key_dialog, ChangeDataKeyDialog)
    session.key_dialog.close()
    qtbot.mouseClick(keys_box.passphrase_button, Qt.MouseButton.LeftButton)
    assert session.passphrase_dialog is not None and session.passphrase_dialog.isVisible()
    session.passphrase_dialog.close()
    session.settings_dialog.close()
