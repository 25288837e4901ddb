"""Locking when away: after minutes without input, after a sleep, when the screen locks; what
stays on screen (nothing), what stays in memory (the unsaved check-in), and the setting."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time as time_module
from datetime import time

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from companion.preferences import (
    AUTO_LOCK_DEFAULT_MINUTES,
    load_auto_lock_minutes,
    save_auto_lock_minutes,
)
from companion.reminders.model import PersonalReminder, Repeat
from companion.ui.idle_lock import IdleLock
from tests.conftest import PASSPHRASE, snapshot
from tests.ui.conftest import RecordingNotifier, create_through_welcome

MARKER = "IDLE-LOCK-MARKER-ひみつ-42"


class Clocks:
    """A monotonic clock that stops while the computer sleeps, and a wall clock that does not."""

    def __init__(self) -> None:
        self.monotonic_now = 1000.0
        self.wall_now = 1_800_000_000.0

    def monotonic(self) -> float:
        return self.monotonic_now

    def wall(self) -> float:
        return self.wall_now

    def awake(self, seconds: float) -> None:
        self.monotonic_now += seconds
        self.wall_now += seconds

    def asleep(self, seconds: float) -> None:
        self.wall_now += seconds


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def unlocked(qtbot, session, clocks):
    create_through_welcome(qtbot, session)
    idle = session.idle_lock
    idle.monotonic, idle.wall = clocks.monotonic, clocks.wall
    idle.start()  # count from the fake clocks' now
    session.reminder_ticker.notifier = RecordingNotifier()
    return session


def _unlock(qtbot, session) -> None:
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.unlock_dialog is None)  # derived in a worker thread
    assert session.store is not None


def _texts_on_screen() -> str:
    """Every word any visible window shows: labels, fields, buttons and table cells."""
    parts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        parts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                parts.append(widget.text())
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                parts.append(widget.toPlainText())
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount()):
                    for column in range(model.columnCount()):
                        parts.append(str(model.data(model.index(row, column))))
    return "\n".join(parts)


def test_the_default_is_five_minutes_on_one_timer_not_a_tick(qtbot, unlocked) -> None:
    idle = unlocked.idle_lock
    assert load_auto_lock_minutes(unlocked.folder) == AUTO_LOCK_DEFAULT_MINUTES == 5
    assert idle.watching and idle.timer.isActive() and idle.timer.isSingleShot()
    assert 299_000 <= idle.timer.interval() <= 300_001  # wakes when due, not every second


def test_five_idle_minutes_lock_and_keep_the_draft_in_memory_only(
    qtbot, unlocked, clocks, folder
) -> None:
    window, today = unlocked.window, unlocked.window.today
    today.mood.set_value(4)
    today.energy.set_value(2)
    today.note.setPlainText(MARKER)
    before = snapshot(folder.root)

    clocks.awake(4 * 60)
    unlocked.idle_lock.timer.timeout.emit()
    assert unlocked.store is not None  # four minutes: not yet
    assert unlocked.idle_lock.timer.interval() <= 60_001  # set again for the rest only

    clocks.awake(60)
    unlocked.idle_lock.timer.timeout.emit()
    assert unlocked.store is None and unlocked.services is None
    assert not window.isVisible() and today.note.toPlainText() == ""
    assert unlocked.unlock_dialog is not None and unlocked.unlock_dialog.isVisible()
    assert MARKER not in _texts_on_screen()
    assert not unlocked.idle_lock.watching and not unlocked.idle_lock.timer.isActive()
    for data in snapshot(folder.root).values():  # the draft went to no file
        assert MARKER.encode() not in data
    assert set(snapshot(folder.root)) <= set(before)  # no new file (the -wal closed)

    _unlock(qtbot, unlocked)
    assert today.note.toPlainText() == MARKER and today.mood.value() == 4
    assert unlocked.idle_lock.watching


def test_input_keeps_it_open(qtbot, unlocked, clocks) -> None:
    window = unlocked.window
    clocks.awake(4 * 60)
    qtbot.keyClicks(window.today.note, "a")  # typing counts as being there
    clocks.awake(2 * 60)
    unlocked.idle_lock.timer.timeout.emit()
    assert unlocked.store is not None
    assert unlocked.idle_lock.timer.isActive()
    clocks.awake(2 * 60)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.today.note.viewport(), move)  # so does the mouse
    clocks.awake(4 * 60)
    unlocked.idle_lock.timer.timeout.emit()
    assert unlocked.store is not None
    clocks.awake(60)
    unlocked.idle_lock.timer.timeout.emit()
    assert unlocked.store is None


def test_the_first_key_after_a_long_sleep_locks_and_types_nothing(qtbot, unlocked, clocks) -> None:
    today = unlocked.window.today
    today.note.setPlainText("before ")
    clocks.awake(30)
    clocks.asleep(3 * 3600)  # the monotonic clock stood still; the QTimer is not due yet
    assert unlocked.store is not None
    qtbot.keyClick(today.note, Qt.Key.Key_X)
    assert unlocked.store is None
    _unlock(qtbot, unlocked)
    assert today.note.toPlainText() == "before "  # the key went nowhere


def test_sleep_and_screen_lock_signals_lock(qtbot, unlocked) -> None:
    idle = unlocked.idle_lock
    idle.sleeping_or_screen_locked(False)  # woke up, screen saver off: nothing to do
    assert unlocked.store is not None
    idle.sleeping_or_screen_locked(True)
    assert unlocked.store is None and unlocked.unlock_dialog is not None
    idle.sleeping_or_screen_locked(True)  # again while locked: still one dialog, no error
    assert unlocked.store is None


def test_the_desktop_signals_are_connected_once_on_the_first_start(qapp, monkeypatch) -> None:
    """Not at launch (the unlock dialog comes first), and not again on every unlock."""
    calls = []
    monkeypatch.setattr(
        "companion.ui.idle_lock.listen_for_sleep_and_screen_lock",
        lambda receiver: calls.append(receiver) or 2,
    )
    idle = IdleLock()
    try:
        assert idle.desktop_signals is None and calls == []
        idle.start()
        idle.stop()
        idle.start()
        assert calls == [idle] and idle.desktop_signals == 2
    finally:
        idle.stop()
        idle.deleteLater()


def test_off_means_no_idle_lock_but_sleep_still_locks(qtbot, session, folder, clocks) -> None:
    save_auto_lock_minutes(folder, 0)
    create_through_welcome(qtbot, session)
    idle = session.idle_lock
    idle.monotonic, idle.wall = clocks.monotonic, clocks.wall
    assert idle.watching and not idle.timer.isActive()
    clocks.awake(24 * 3600)
    qtbot.keyClick(session.window.today.note, Qt.Key.Key_X)
    assert session.store is not None
    idle.sleeping_or_screen_locked(True)
    assert session.store is None


def test_a_window_hidden_in_the_tray_locks_without_asking_until_opened(
    qtbot, unlocked, clocks
) -> None:
    unlocked.window.hide()
    clocks.awake(5 * 60)
    unlocked.idle_lock.timer.timeout.emit()
    assert unlocked.store is None and unlocked.unlock_dialog is None
    unlocked.bring_forward()  # Open from the tray or a second launch
    assert unlocked.unlock_dialog is not None and unlocked.unlock_dialog.isVisible()


def test_locking_clears_every_page_and_undo_stack(qtbot, unlocked, clocks) -> None:
    window = unlocked.window
    services = unlocked.services
    services.reminders.save_personal((PersonalReminder("r1", MARKER, time(8, 0), Repeat.DAILY),))
    window.today.mood.set_value(3)
    window.today.energy.set_value(3)
    window.today.note.setPlainText(MARKER)
    window.today.save()
    journal, plan, boundaries = window.journal, window.plan, window.boundaries
    journal.reload()
    assert journal.model.rowCount() == 1
    plan_before = plan.plan
    assert plan.undo_stack.count() == 0
    clocks.awake(5 * 60)
    unlocked.idle_lock.timer.timeout.emit()
    assert unlocked.store is None
    assert window.today.model.rowCount() == 0 and journal.model.rowCount() == 0
    assert journal.undo_stack.count() == 0 and plan.undo_stack.count() == 0
    assert plan.plan == plan_before
    assert boundaries.contacts_panel.model.rowCount() == 0
    assert MARKER not in _texts_on_screen()
    ticker = unlocked.reminder_ticker
    ticker.tick()  # a reminder while locked: the store is closed, nothing is sent
    assert ticker.notifier.sent == [] and not ticker.timer.isActive()


def test_the_setting_is_in_settings_and_applies_at_once(qtbot, unlocked, folder) -> None:
    unlocked.show_settings()
    dialog = unlocked.settings_dialog
    spin = dialog.auto_lock
    assert spin.isVisible() and spin.value() == 5
    assert spin.minimum() == 0 and spin.maximum() == 120
    spin.setValue(0)
    assert spin.text() == "Never"
    spin.setValue(15)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_auto_lock_minutes(folder) == 15
    assert json.loads(folder.preferences.read_text("utf-8"))["auto_lock_minutes"] == 15
    assert 899_000 <= unlocked.idle_lock.timer.interval() <= 900_001


@pytest.mark.parametrize("stored", ["true", "-1", "121", '"5"', "2.5", "null"])
def test_a_strange_stored_value_reads_as_five_minutes(folder, stored) -> None:
    folder.root.mkdir(parents=True)
    folder.preferences.write_text('{"auto_lock_minutes": ' + stored + "}", "utf-8")
    assert load_auto_lock_minutes(folder) == 5


def test_only_whole_minutes_in_range_are_saved(folder) -> None:
    for wrong in (-1, 121, True):
        with pytest.raises(ValueError):
            save_auto_lock_minutes(folder, wrong)
    assert save_auto_lock_minutes(folder, 120) and load_auto_lock_minutes(folder) == 120


DBUS_CHILD = r"""
import os, subprocess, sys, time
daemon = subprocess.Popen(
    ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
)
try:
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = daemon.stdout.readline().strip()
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    from companion.ui.idle_lock import IdleLock
    idle = IdleLock()
    locked = []
    idle.lock_due.connect(lambda: locked.append(True))
    idle.start()
    print("connected", idle.desktop_signals)
    for active in (False, True):
        signal = QDBusMessage.createSignal(
            "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"
        )
        signal.setArguments([active])
        QDBusConnection.sessionBus().send(signal)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and len(locked) < int(active):
            app.processEvents()
            time.sleep(0.01)
        print("locked" if locked else "open")
finally:
    daemon.terminate()
    daemon.wait()
"""


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="no dbus-daemon on this machine")
def test_a_screen_saver_coming_on_over_d_bus_locks(tmp_path) -> None:
    """In a child (Qt keeps the first session bus it finds): a private bus, the GNOME screen
    saver's signal, and the lock."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run(
        [sys.executable, "-c", DBUS_CHILD],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    lines = child.stdout.split()
    if child.returncode != 0 or "connected" not in lines:
        pytest.skip("no private D-Bus session could be started here")
    assert child.stdout.splitlines()[1:] == ["open", "locked"]
    assert int(child.stdout.split()[1]) >= 4  # the screen savers of the session bus


def test_a_question_left_open_is_cancelled_by_the_lock(qtbot, unlocked, clocks) -> None:
    """Auto-lock fires inside a question's own event loop: the question closes as "cancel"
    (it may quote the person's words), and its loop ends."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Companion",
        f"Delete the rule “{MARKER}”?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        unlocked.window,
    )
    box.setEscapeButton(QMessageBox.StandardButton.No)

    def away() -> None:
        clocks.awake(5 * 60)
        unlocked.idle_lock.timer.timeout.emit()

    QTimer.singleShot(0, away)
    QTimer.singleShot(8000, box.reject)  # a safety net only: the lock must close it first
    started = time_module.monotonic()
    answer = box.exec()
    assert time_module.monotonic() - started < 4
    assert answer != QMessageBox.StandardButton.Yes
    assert unlocked.store is None and not box.isVisible()
    assert MARKER not in _texts_on_screen()
