"""The whole first story through the real widgets: create, check in, lock, unlock, still there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.store import open_store, unlock_with_passphrase
from tests.conftest import PASSPHRASE, snapshot
from tests.ui.conftest import commit_text, create_through_welcome, focused, press


def test_first_run_checkin_lock_unlock(qtbot, session, folder) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    today = window.today
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is today.mood)

    # Keyboard only: mood 5, energy 3, 7.5 hours, a note, Ctrl+Enter.
    press(qtbot, "5")
    assert focused() is today.energy
    press(qtbot, "3")
    assert focused() is today.sleep
    press(qtbot, "7.5", Qt.Key.Key_Tab, "supervision", Qt.Key.Key_Return, Qt.Key.Key_Tab)
    press(qtbot, "散歩した 🌿")
    press(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)

    assert today.model.rowCount() == 1
    assert today.model.data(today.model.index(0, 1)) == "5 · Fairly good"
    assert today.note.toPlainText() == "" and today.mood.value() is None
    assert focused() is today.mood

    # Lock: the store closes and nothing stays on screen.
    window.lock_action.trigger()
    assert not window.isVisible() and session.store is None
    assert today.model.rowCount() == 0
    dialog = session.unlock_dialog
    assert dialog is not None and dialog.isVisible()

    before = snapshot(folder.root)
    qtbot.keyClicks(dialog.secret, "not the passphrase")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "doesn't unlock" in dialog.error.text())
    assert "doesn't unlock" in dialog.error.text()
    assert dialog.isVisible() and snapshot(folder.root) == before

    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    assert window.isVisible()
    assert today.model.rowCount() == 1
    assert "散歩した 🌿" in today.model.data(today.model.index(0, today.model.NOTE))


def test_ctrl_l_locks(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.store is None and session.unlock_dialog is not None


def test_entry_survives_in_the_store_itself(qtbot, session, folder) -> None:
    create_through_welcome(qtbot, session)
    today = session.window.today
    today.mood.set_value(2)
    today.energy.set_value(6)
    today.note.setPlainText('夜\n"quotes", commas 😊')
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    session.window.close()
    store = open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))
    (entry,) = store.all_checkins()
    store.close()
    assert (entry.mood.step, entry.energy.step) == (2, 6)
    assert entry.note == '夜\n"quotes", commas 😊'
    assert entry.zone == "Asia/Tokyo"


def test_recovery_code_unlocks_and_offers_a_new_passphrase(qtbot, session, folder) -> None:
    code = create_through_welcome(qtbot, session)
    session.lock()
    dialog = session.unlock_dialog
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.secret, code.lower().replace("-", " "))
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    assert session.window.isVisible()
    chooser = session.passphrase_dialog
    assert chooser is not None and chooser.isVisible()
    qtbot.keyClicks(chooser.fields.first, "a fresh start today")
    qtbot.keyClicks(chooser.fields.second, "a fresh start today")
    qtbot.mouseClick(chooser.save_button, Qt.MouseButton.LeftButton)
    assert not chooser.isVisible()
    assert unlock_with_passphrase(folder, "a fresh start today")


def test_welcome_refuses_mismatched_and_short_passphrases(qtbot, session, folder) -> None:
    session.start()
    welcome = session.welcome
    qtbot.keyClicks(welcome.fields.first, "short")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in welcome.error.text()
    qtbot.keyClicks(welcome.fields.first, " but now longer")
    qtbot.keyClicks(welcome.fields.second, "something else entirely")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in welcome.error.text()
    assert welcome.pages.currentIndex() == 0
    assert not folder.root.exists() or not folder.database.exists()


@pytest.mark.parametrize("weak", ["password", "12345678", "aaaaaaaa"])
def test_welcome_refuses_the_weakest_and_says_why(qtbot, session, folder, weak) -> None:
    session.start()
    welcome = session.welcome
    qtbot.keyClicks(welcome.fields.first, weak)
    qtbot.keyClicks(welcome.fields.second, weak)
    hint = welcome.fields.hint.text()
    assert "cannot be used" in hint and "Add another word or two" in hint
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in welcome.error.text()
    assert welcome.pages.currentIndex() == 0 and not folder.database.exists()


def test_the_strength_hint_speaks_japanese(qtbot, session) -> None:
    from companion.ui.common.i18n import apply_language

    session.start()
    welcome = session.welcome
    apply_language("ja")
    try:
        qtbot.keyClicks(welcome.fields.first, "password")
        hint = welcome.fields.hint.text()
        assert "よく使われる" in hint and "password" not in hint.casefold()
        welcome.fields.first.clear()
        commit_text(welcome.fields.first, "ひまわりの咲く川辺")
        assert welcome.fields.hint.text() == "強さ：強い。"
    finally:
        apply_language("en")


def test_a_weak_new_passphrase_after_the_recovery_code_is_refused(qtbot, session, folder):
    code = create_through_welcome(qtbot, session)
    session.lock()
    dialog = session.unlock_dialog
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.secret, code)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # the key is derived in a worker thread
    chooser = session.passphrase_dialog
    before = folder.key_file.read_bytes()
    qtbot.keyClicks(chooser.fields.first, "12345678")
    qtbot.keyClicks(chooser.fields.second, "12345678")
    qtbot.mouseClick(chooser.save_button, Qt.MouseButton.LeftButton)
    assert chooser.isVisible() and "too easy to guess" in chooser.error.text()
    assert folder.key_file.read_bytes() == before
