"""Desktop notifications: sent from a background thread, silent when the desktop has none."""

from __future__ import annotations

import threading

import pytest

from companion.ui.reminders.notifications import DesktopNotifications


class _Sender:
    sent: list[tuple[str, str]]
    fails = False

    def __init__(self, app_name: str) -> None:
        if _Sender.fails:
            raise OSError("no notification service")
        self.app_name = app_name

    def send(self, title: str, message: str) -> None:
        _Sender.sent.append((title, message, threading.current_thread().name))
        _Sender.done.set()


@pytest.fixture
def sender(monkeypatch):
    import desktop_notifier.sync

    _Sender.sent = []
    _Sender.fails = False
    _Sender.done = threading.Event()
    monkeypatch.setattr(desktop_notifier.sync, "DesktopNotifierSync", _Sender)
    return _Sender


def test_a_notification_is_sent_off_the_ui_thread(sender) -> None:
    DesktopNotifications().notify("Companion", "Time for your check-in")
    assert sender.done.wait(5)
    assert sender.sent == [("Companion", "Time for your check-in", "companion-notifications")]


def test_no_notification_service_is_silent(sender) -> None:
    sender.fails = True
    notifier = DesktopNotifications()
    notifier.notify("Companion", "Time for your check-in")  # raises nothing
    notifier.notify("Companion", "A reminder you set")
    assert not sender.done.wait(0.2) and sender.sent == []
