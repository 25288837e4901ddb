"""UI fixtures: a session on a fresh data folder, and typing into whatever has the focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from companion.paths import DataFolder
from companion.ui.common.i18n import apply_language
from companion.ui.session import CompanionSession
from tests.conftest import PASSPHRASE


@pytest.fixture
def english(qapp) -> Iterator[None]:
    apply_language("en")
    yield
    apply_language("en")


@pytest.fixture(autouse=True)
def look_restored(qapp) -> Iterator[None]:
    """A test that starts the app (which applies the chosen theme: Fusion, a palette and a
    style sheet) leaves the next test the look it found."""
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()
    yield
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    if qapp.palette() != palette:
        qapp.setPalette(palette)


@pytest.fixture(autouse=True)
def no_unexpected_modal_questions(monkeypatch) -> None:
    """A modal question nobody answers would hang the run; tests that expect one patch it."""

    def unexpected(*_args, **_kwargs):
        raise AssertionError("a modal QMessageBox.question appeared unexpectedly")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


class RecordingNotifier:
    """Stands in for desktop notifications: records what would have been shown."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.sent.append((title, message))


@pytest.fixture(autouse=True)
def no_real_notifications(monkeypatch) -> None:
    """No test sends a real desktop notification: the ticker gets a recorder instead."""
    monkeypatch.setattr("companion.ui.reminders.ticker.DesktopNotifications", RecordingNotifier)


@pytest.fixture
def session(qtbot, folder: DataFolder, english) -> Iterator[CompanionSession]:
    running = CompanionSession(folder, zone="Asia/Tokyo")
    yield running
    if running.window is not None:
        running.window.today.clear_form()  # no "save before quitting?" question at teardown
    for widget in (
        running.window,
        running.welcome,
        running.unlock_dialog,
        running.passphrase_dialog,
        running.problem_box,
        running.history_dialog,
        running.export_dialog,
        running.settings_dialog,
    ):
        if widget is not None:
            widget.close()
            widget.deleteLater()
    running.shutdown()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, *keys: str | Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type into whichever widget has the focus, as a person at the keyboard would."""
    for key in keys:
        if isinstance(key, str) and not key.isascii():
            commit_text(focused(), key)
        elif isinstance(key, str) and len(key) > 1:
            qtbot.keyClicks(focused(), key)
        else:
            qtbot.keyClick(focused(), key, modifier)


def commit_text(widget: QWidget, text: str) -> None:
    """Text arriving as a Japanese input method commits it (QTest only types ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def create_through_welcome(qtbot, session: CompanionSession, remember: bool = False) -> str:
    session.start()
    welcome = session.welcome
    assert welcome is not None and welcome.isVisible()
    qtbot.keyClicks(welcome.fields.first, PASSPHRASE)
    qtbot.keyClicks(welcome.fields.second, PASSPHRASE)
    if remember:
        welcome.remember.setChecked(True)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    code = welcome.code_label.text()
    assert not welcome.continue_button.isEnabled()
    welcome.written_down.click()
    qtbot.mouseClick(welcome.continue_button, Qt.MouseButton.LeftButton)
    assert session.window is not None
    qtbot.waitExposed(session.window)
    return code
