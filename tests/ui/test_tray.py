"""The tray icon: Open, Help now, Lock and Quit, and keeping Companion running when closed."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from companion.preferences import load_keep_in_tray, load_language, save_keep_in_tray, save_language
from companion.ui.common.i18n import apply_language
from companion.ui.session import CompanionSession
from companion.ui.tray import CompanionTray
from tests.ui.conftest import create_through_welcome

# Qt's offscreen platform, which the tests run on, has no tray host and says so when an icon is
# shown; a real desktop does not.
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged", "propagateSizeHints")


def with_tray(session) -> CompanionTray:
    assert session.enable_tray(lambda: True)
    assert session.tray is not None
    return session.tray


def test_without_a_tray_there_is_no_icon_and_closing_quits(qtbot, session) -> None:
    save_keep_in_tray(session.folder, True)
    assert not session.enable_tray(lambda: False)
    create_through_welcome(qtbot, session)
    assert session.window is not None
    with qtbot.waitSignal(session.finished):
        session.window.close()
    assert session.store is None


def test_the_tray_says_nothing_but_the_name(qtbot, session) -> None:
    tray = with_tray(session)
    create_through_welcome(qtbot, session)
    assert tray.icon.toolTip() == "Companion"
    assert not tray.icon.icon().isNull()
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert texts == ["Open Companion", "Help now", "Lock", "Quit"]


def test_closing_keeps_running_in_the_tray_only_when_chosen(qtbot, session) -> None:
    tray = with_tray(session)
    create_through_welcome(qtbot, session)
    window = session.window
    assert window is not None
    save_keep_in_tray(session.folder, True)
    window.close()
    assert not window.isVisible()
    assert session.store is not None  # still running, reminders still ticking
    tray.menu.open_action.trigger()
    assert window.isVisible()
    save_keep_in_tray(session.folder, False)
    with qtbot.waitSignal(session.finished):
        window.close()
    assert session.store is None


def test_quit_from_the_tray_ends_the_session_even_when_kept_in_the_tray(qtbot, session) -> None:
    tray = with_tray(session)
    create_through_welcome(qtbot, session)
    save_keep_in_tray(session.folder, True)
    assert session.window is not None
    session.window.close()
    with qtbot.waitSignal(session.finished):
        tray.menu.quit_action.trigger()
    assert session.store is None
    # Midnight after the quit (the window object lives on until the app ends): Today's date
    # check finds no store to read instead of failing on a closed one.
    today = session.window.today
    today._shown_day = today._shown_day - timedelta(days=1)
    today._midnight.timeout.emit()
    assert today.model.rowCount() == 0


def test_lock_and_help_now_from_the_tray(qtbot, session) -> None:
    tray = with_tray(session)
    create_through_welcome(qtbot, session)
    tray.menu.help_now_action.trigger()
    assert session.help_window is not None and session.help_window.isVisible()
    tray.menu.lock_action.trigger()
    assert session.store is None and session.help_window is None
    assert not tray.menu.lock_action.isEnabled()
    assert session.window is not None and not session.window.isVisible()
    tray.menu.help_now_action.trigger()  # locked: the unlock dialog, nothing of the store
    assert session.help_window is None
    assert session.unlock_dialog is not None and session.unlock_dialog.isVisible()


def test_the_tray_choice_is_made_in_settings_and_kept_beside_the_language(
    qtbot, session, monkeypatch
) -> None:
    with_tray(session)
    create_through_welcome(qtbot, session)
    save_language(session.folder, "en")
    session.show_settings()
    dialog = session.settings_dialog
    assert dialog is not None
    assert dialog.keep_in_tray.isVisible() and not dialog.keep_in_tray.isChecked()
    dialog.keep_in_tray.click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_keep_in_tray(session.folder)
    assert load_language(session.folder) == "en"  # one preference does not erase another


def test_without_a_tray_settings_do_not_offer_it(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    session.show_settings()
    dialog = session.settings_dialog
    assert dialog is not None and not dialog.keep_in_tray.isVisible()


def test_a_background_start_stays_in_the_tray_until_opened(qtbot, session, folder) -> None:
    create_through_welcome(qtbot, session, remember=True)
    assert session.window is not None
    session.window.close()
    again = CompanionSession(folder, zone="Asia/Tokyo")
    try:
        tray = with_tray(again)
        again.start(background=True)
        assert again.store is not None  # unlocked from the keychain: reminders can tick
        assert again.window is not None and not again.window.isVisible()
        tray.menu.open_action.trigger()
        assert again.window.isVisible()
    finally:
        if again.window is not None:
            again.window.close()
        again.shutdown()


def test_a_locked_background_start_asks_for_the_passphrase_when_opened(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    assert session.window is not None
    session.window.close()
    again = CompanionSession(session.folder, zone="Asia/Tokyo")
    try:
        tray = with_tray(again)
        again.start(background=True)
        assert again.unlock_dialog is None and again.window is None
        tray.menu.open_action.trigger()
        assert again.unlock_dialog is not None and again.unlock_dialog.isVisible()
        tray.menu.open_action.trigger()  # a second Open does not ask twice
        assert again.unlock_dialog.isVisible()
    finally:
        if again.unlock_dialog is not None:
            again.unlock_dialog.close()
        again.shutdown()


def test_without_a_tray_a_background_start_is_a_normal_start(qtbot, session) -> None:
    create_through_welcome(qtbot, session)
    assert session.window is not None
    session.window.close()
    again = CompanionSession(session.folder, zone="Asia/Tokyo")
    try:
        again.start(background=True)
        assert again.unlock_dialog is not None and again.unlock_dialog.isVisible()
    finally:
        if again.unlock_dialog is not None:
            again.unlock_dialog.close()
        again.shutdown()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG entry")
def test_start_at_login_is_chosen_in_settings(qtbot, session, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "companion.desktop"
    create_through_welcome(qtbot, session)
    for wanted in (True, False):
        session.show_settings()
        dialog = session.settings_dialog
        assert dialog is not None and dialog.start_at_login.isVisible()
        assert dialog.start_at_login.isChecked() is not wanted
        dialog.start_at_login.click()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert entry.exists() is wanted
        if wanted:
            assert "--background" in entry.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG entry")
def test_a_login_entry_that_cannot_be_written_is_said_kindly(
    qtbot, session, tmp_path, monkeypatch
) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    create_through_welcome(qtbot, session)
    session.show_settings()
    dialog = session.settings_dialog
    assert dialog is not None
    dialog.start_at_login.click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "could not be changed" in dialog.error.text()


def test_the_tray_menu_follows_the_window_language(qtbot, session) -> None:
    tray = with_tray(session)
    apply_language("ja")
    qtbot.waitUntil(lambda: tray.menu.open_action.text() == "Companion を開く")
    assert tray.menu.quit_action.text() == "終了"
    apply_language("en")
    qtbot.waitUntil(lambda: tray.menu.open_action.text() == "Open Companion")
