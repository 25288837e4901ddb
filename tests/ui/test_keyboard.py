"""Companion with the keyboard alone: the tab order on Today, a check-in, a plan edit and a
contact log entry typed with keys only (no widget is set directly), what was saved read back
from the reopened store, and Help → Keyboard shortcuts listing the keys that really work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from companion.store import open_store, unlock_with_passphrase
from companion.ui.help.shortcuts import KeyboardShortcutsDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome, focused, press

CTRL = Qt.KeyboardModifier.ControlModifier
NATIVE = QKeySequence.SequenceFormat.NativeText


def _window(qtbot, session):
    create_through_welcome(qtbot, session)
    window = session.window
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is window.today.mood)
    return window


def _tab_to(qtbot, wanted, limit: int = 60) -> None:
    """Tab (only) until `wanted(focused widget)` holds."""
    for _ in range(limit):
        if wanted(focused()):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; the focus is on {focused().objectName()!r}")


def _reopened(folder):
    return open_store(folder, unlock_with_passphrase(folder, PASSPHRASE))


def test_tab_goes_through_today_in_reading_order(qtbot, session) -> None:
    window = _window(qtbot, session)
    today = window.today
    form = today.checkin_form
    expected: list[QWidget] = [
        today.mood,
        today.energy,
        today.sleep,
        form.tags.entry,
        today.note,
        form.earlier,
        today.save_button,
        window.help_now_button,
        window.navigation,
        today.glance,
        today.mood,  # and round again
    ]
    seen = []
    for _ in expected:
        seen.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
    assert [widget.objectName() for widget in seen] == [w.objectName() for w in expected]
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is today.mood  # Shift+Tab goes back the same way
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is today.glance


def test_a_whole_check_in_with_the_keyboard_alone(qtbot, session, folder) -> None:
    window = _window(qtbot, session)
    press(qtbot, "6")  # mood: the focus moves on to energy
    press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Tab)  # energy: 5, then 6
    press(qtbot, "7", Qt.Key.Key_Tab)  # sleep
    press(qtbot, "walk", Qt.Key.Key_Return, Qt.Key.Key_Tab)  # a tag, then on to the note
    press(qtbot, "by the river")
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)
    assert window.today.model.rowCount() == 1
    assert focused() is window.today.mood  # ready for the next one
    window.close()
    store = _reopened(folder)
    try:
        (entry,) = store.all_checkins()
    finally:
        store.close()
    assert entry.mood.step == 6 and entry.energy is not None and entry.energy.step == 6
    assert entry.sleep_hours == 7.0 and entry.note == "by the river"
    assert [tag.label for tag in entry.tags] == ["walk"]


def _go_to_page(qtbot, window, steps_down: int) -> None:
    _tab_to(qtbot, lambda widget: widget is window.navigation)
    for _ in range(steps_down):
        press(qtbot, Qt.Key.Key_Down)


def test_a_plan_edit_with_the_keyboard_alone(qtbot, session, folder) -> None:
    window = _window(qtbot, session)
    _go_to_page(qtbot, window, 2)
    assert window.pages.currentWidget() is window.plan
    _tab_to(qtbot, lambda widget: widget.objectName() == "newEntry")
    press(qtbot, "a warm bath", Qt.Key.Key_Return)
    press(qtbot, "music", Qt.Key.Key_Return)
    # Shift+Tab up to the list, Alt+Down moves the first entry below the second.
    _tab_to(qtbot, lambda widget: widget.accessibleName() == "My tools")
    press(qtbot, Qt.Key.Key_Home, modifier=CTRL)  # the first entry
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    press(qtbot, "l", modifier=CTRL)  # Ctrl+L locks, and saves what is pending first
    assert session.store is None
    store = _reopened(folder)
    try:
        current = store.current_plan()
    finally:
        store.close()
    assert current is not None
    tools = current.plan.entries("toolbox", "tools")
    assert [entry.text("text") for entry in tools] == ["music", "a warm bath"]


def test_a_contact_log_entry_with_the_keyboard_alone(qtbot, session, folder) -> None:
    window = _window(qtbot, session)
    _go_to_page(qtbot, window, 3)
    tabs = window.boundaries.tabs
    _tab_to(qtbot, lambda widget: widget is tabs.tabBar())
    press(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Right)
    panel = window.boundaries.contacts_panel
    assert tabs.currentWidget() is panel
    _tab_to(qtbot, lambda widget: widget is panel.minutes)
    press(qtbot, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Tab)  # 30 → 32 minutes
    assert focused() is panel.channel
    _tab_to(qtbot, lambda widget: widget is panel.alias)
    press(qtbot, "K", Qt.Key.Key_Tab)
    assert focused() is panel.load
    press(qtbot, "2", Qt.Key.Key_Tab)
    rule_box = panel.rules_box.rows[0][1]
    assert focused() is rule_box  # the rules come right after the load, as on the screen
    press(qtbot, Qt.Key.Key_Space)
    _tab_to(qtbot, lambda widget: widget is panel.reflection)
    press(qtbot, "listened, then ended on time")
    _tab_to(qtbot, lambda widget: widget is panel.save_button)
    press(qtbot, Qt.Key.Key_Space)
    assert panel.model.rowCount() == 1
    window.close()
    store = _reopened(folder)
    try:
        (contact,) = store.contacts()
    finally:
        store.close()
    assert (contact.minutes, contact.alias, contact.load) == (32, "K", 2)
    assert contact.reflection == "listened, then ended on time"
    assert len(contact.rules) == 1


def test_keyboard_shortcuts_window_lists_every_shortcut(qtbot, session) -> None:
    window = _window(qtbot, session)
    window.help_menu.menuAction().trigger()
    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, KeyboardShortcutsDialog) and dialog.isVisible()
    listed = "\n".join(
        dialog.table.item(row, 0).text() + " " + dialog.table.item(row, 1).text()
        for row in range(dialog.table.rowCount())
    )
    for keys in ("Ctrl+L", "F1", "Ctrl+Shift+H", "Ctrl+Z", "Ctrl+Return", "Esc"):
        assert keys in listed, keys
    assert "Lock" in listed and "Help now" in listed
    # Built from the window's own actions and shortcuts: none is left out.
    sequences = [s for a in window.findChildren(QAction) for s in a.shortcuts()]
    sequences += [shortcut.key() for shortcut in window.findChildren(QShortcut)]
    for sequence in sequences:
        if not sequence.isEmpty():
            assert sequence.toString(NATIVE) in listed, sequence.toString(NATIVE)
    dialog.close()


def test_labels_have_mnemonics_that_reach_their_fields(qtbot, session) -> None:
    window = _window(qtbot, session)
    today = window.today
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # N&ote
    assert focused() is today.note
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sleep
    assert focused() is today.sleep
    qtbot.keyClick(focused(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Mood
    assert focused() is today.mood
