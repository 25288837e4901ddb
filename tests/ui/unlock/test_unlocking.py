"""Unlocking with a passphrase: the key is derived in a worker thread, and the dialog says so."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from companion.services import access
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_welcome


def test_the_dialog_stays_responsive_while_the_key_is_derived(qtbot, session, monkeypatch):
    create_through_welcome(qtbot, session)
    session.lock()
    dialog = session.unlock_dialog
    release = threading.Event()
    derive = access.derive_key

    def slow_derivation(*args, **kwargs):
        assert threading.current_thread() is not threading.main_thread()
        assert release.wait(10)
        return derive(*args, **kwargs)

    monkeypatch.setattr(access, "derive_key", slow_derivation)
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.error.text() == "Unlocking…"
    assert not dialog.secret.isEnabled() and not dialog.unlock_button.isEnabled()
    qtbot.wait(100)  # the event loop runs on meanwhile: nothing is frozen, nothing opened
    assert dialog.isVisible() and session.store is None
    release.set()
    qtbot.waitUntil(lambda: session.unlock_dialog is None)
    assert session.window.isVisible() and session.store is not None


def test_a_wrong_passphrase_gives_the_field_back(qtbot, session, folder):
    create_through_welcome(qtbot, session)
    session.lock()
    dialog = session.unlock_dialog
    qtbot.keyClicks(dialog.secret, "not the passphrase")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "doesn't unlock" in dialog.error.text())
    assert dialog.secret.isEnabled() and dialog.unlock_button.isEnabled()
    assert dialog.secret.selectedText() == "not the passphrase"  # ready to be typed over
    assert dialog.attempts == 1 and session.store is None
