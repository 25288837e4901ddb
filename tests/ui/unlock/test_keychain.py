"""Automatic unlock: only with a recommended keyring and the person's consent."""

from __future__ import annotations

import keyring
import keyring.backends.fail
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from companion.store import keychain
from companion.ui.session import CompanionSession
from tests.conftest import MemoryKeyring
from tests.ui.conftest import create_through_welcome

REAL_RECOMMENDED_BACKEND = keychain.recommended_backend


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plaintext file backend."""

    priority = 5  # type: ignore[assignment]


PlaintextKeyring.__module__ = "keyrings.alt.file"


class SecretServiceLookalike(MemoryKeyring):
    priority = 5  # type: ignore[assignment]


SecretServiceLookalike.__module__ = "keyring.backends.SecretService"


def test_no_keychain_means_the_passphrase_flow(qtbot, session, no_keychain, folder) -> None:
    session.start()
    welcome = session.welcome
    assert welcome.remember.isHidden() and not welcome.keychain_note.isHidden()
    assert "No secure keychain" in welcome.keychain_note.text()
    welcome.close()
    session.welcome = None
    create_through_welcome(qtbot, session)
    session.window.close()
    again = CompanionSession(folder, zone="Asia/Tokyo")
    again.start()
    assert again.unlock_dialog is not None and again.window is None
    again.unlock_dialog.close()


def test_remembered_key_unlocks_without_asking(qtbot, session, folder, memory_keyring) -> None:
    create_through_welcome(qtbot, session, remember=True)
    assert memory_keyring.secrets
    session.window.close()
    again = CompanionSession(folder, zone="Asia/Tokyo")
    again.start()
    assert again.window is not None and again.unlock_dialog is None
    again.window.close()


def test_turning_automatic_unlock_off_forgets_the_key(qtbot, session, folder, memory_keyring):
    create_through_welcome(qtbot, session, remember=True)
    session.window.remember_action.trigger()  # uncheck
    assert not memory_keyring.secrets and not session.store.remembers_key
    session.window.remember_action.trigger()  # and on again
    assert memory_keyring.secrets and session.store.remembers_key


def test_a_wrong_key_in_the_keychain_is_ignored(qtbot, session, folder, memory_keyring) -> None:
    create_through_welcome(qtbot, session, remember=True)
    session.window.close()
    (slot,) = memory_keyring.secrets
    memory_keyring.secrets[slot] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="
    again = CompanionSession(folder, zone="Asia/Tokyo")
    again.start()
    assert again.unlock_dialog is not None
    again.unlock_dialog.close()


def test_plaintext_and_failing_backends_are_never_used(monkeypatch) -> None:
    monkeypatch.setattr(keychain, "recommended_backend", REAL_RECOMMENDED_BACKEND)
    for backend in (PlaintextKeyring(), keyring.backends.fail.Keyring()):
        keyring.set_keyring(backend)
        assert keychain.recommended_backend() is None
        assert keychain.system_vault() is None


def test_a_recommended_backend_is_found_inside_a_chain(monkeypatch) -> None:
    monkeypatch.setattr(keychain, "recommended_backend", REAL_RECOMMENDED_BACKEND)
    good = SecretServiceLookalike()

    class Chain(KeyringBackend):
        priority = 10  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.backends = [PlaintextKeyring(), good]

        def get_password(self, service, username):  # pragma: no cover - never asked
            raise AssertionError

        def set_password(self, service, username, password):  # pragma: no cover
            raise AssertionError

    keyring.set_keyring(Chain())
    assert keychain.recommended_backend() is good


def test_unlock_dialog_says_when_the_keychain_went_away(qtbot, session, folder, monkeypatch):
    create_through_welcome(qtbot, session, remember=True)
    session.window.close()
    monkeypatch.setattr(keychain, "recommended_backend", lambda: None)
    again = CompanionSession(folder, zone="Asia/Tokyo")
    again.start()
    dialog = again.unlock_dialog
    assert dialog is not None and not dialog.keychain_note.isHidden()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "type your passphrase first" in dialog.error.text()
    dialog.close()
