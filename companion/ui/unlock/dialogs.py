"""Unlock: the passphrase, or the recovery code; a wrong one gets a calm word and another try."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.errors import StoreProblem, WrongPassphrase, WrongRecoveryCode
from companion.paths import DataFolder
from companion.services import access
from companion.ui.common.i18n import Retranslating
from companion.ui.common.operation import attempt_or_handle, show_problem, succeeded
from companion.ui.unlock.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from concurrent.futures import Future

    from companion.services.access import KeyService
    from companion.services.store_services import Store
    from companion.store import DataKey

# How often the dialog looks whether the key is derived (it stays responsive meanwhile).
DERIVATION_POLL_MS = 15


class UnlockDialog(Retranslating, QDialog):
    """On success `store` is open and `used_recovery_code` says how it was unlocked."""

    def __init__(
        self, folder: DataFolder, *, keychain_missing: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.store: Store | None = None
        self.used_recovery_code = False
        self.attempts = 0
        self.setObjectName("unlockDialog")
        self.setMinimumWidth(460)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.keychain_note = QLabel(self)
        self.keychain_note.setWordWrap(True)
        self.keychain_note.setVisible(keychain_missing)
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("switchMode")
        self.switch_button.setFlat(True)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(self.keychain_note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.recovery_mode = False
        self.unlock_button.clicked.connect(self.try_unlock)
        self.secret.returnPressed.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.toggle_mode)
        self.retranslate()
        self.secret.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock Companion"))
        self.heading.setText(self.tr("Welcome back"))
        if self.recovery_mode:
            self.prompt.setText(
                self.tr("Type your recovery code (the groups of four you wrote down).")
            )
            self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.switch_button.setText(self.tr("Use my passphrase instead"))
            self.secret.setAccessibleName(self.tr("Recovery code"))
        else:
            self.prompt.setText(self.tr("Type your passphrase to open your notebook."))
            self.secret.setPlaceholderText("")
            self.switch_button.setText(self.tr("I forgot my passphrase"))
            self.secret.setAccessibleName(self.tr("Passphrase"))
        self.keychain_note.setText(
            self.tr(
                "Automatic unlock isn't available right now (the system keychain could not be "
                "reached), so please type your passphrase."
            )
        )
        self.unlock_button.setText(self.tr("Unlock"))

    def toggle_mode(self) -> None:
        self.recovery_mode = not self.recovery_mode
        self.secret.clear()
        self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if self.recovery_mode else QLineEdit.EchoMode.Password
        )
        self.error.clear()
        self.retranslate()
        self.secret.setFocus()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.adjustSize()  # grow to fit a long, wrapped message rather than cut it off

    def _refused(self, problem: StoreProblem) -> None:
        if isinstance(problem, (WrongPassphrase, WrongRecoveryCode)):
            self.attempts += 1
            self.secret.selectAll()
        show_problem(problem, self._say)

    def try_unlock(self) -> None:
        secret = self.secret.text()
        if not secret:
            if self.recovery_mode:
                self._say(self.tr("Please type your recovery code first."))
            else:
                self._say(self.tr("Please type your passphrase first."))
            return
        # Argon2id runs in a worker thread (it releases the GIL), so the dialog keeps painting
        # and says what it is doing; the database is opened here, on the UI thread, after.
        from concurrent.futures import ThreadPoolExecutor  # not needed to show the dialog

        self._set_busy(True)
        recovery_code = self.recovery_mode
        worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="unlock")
        derived = worker.submit(access.derive_key, self.folder, secret, recovery_code=recovery_code)
        worker.shutdown(wait=False)
        self._wait_for_key(derived, recovery_code)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.secret, self.unlock_button, self.switch_button):
            widget.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.error.setText(self.tr("Unlocking…"))
        else:
            QGuiApplication.restoreOverrideCursor()
            self.error.clear()
            self.secret.setFocus()

    def _wait_for_key(self, derived: Future[DataKey], recovery_code: bool) -> None:
        """Look again in a moment; never at once, even when the key is already there: the
        Return that started this is still on its way to the default button, which must find
        itself disabled (else a wrong passphrase would be tried twice)."""
        QTimer.singleShot(
            DERIVATION_POLL_MS, self, lambda: self._key_derived(derived, recovery_code)
        )

    def _key_derived(self, derived: Future[DataKey], recovery_code: bool) -> None:
        if not derived.done():
            self._wait_for_key(derived, recovery_code)
            return
        self._set_busy(False)
        key = attempt_or_handle(derived.result, self._refused)  # a bug goes on to the handler
        if key is None:
            return
        self.store = attempt_or_handle(
            lambda: access.open_for_writing(self.folder, key), self._refused
        )
        if self.store is None:
            return
        self.used_recovery_code = recovery_code
        self.secret.clear()
        self.accept()


class NewPassphraseDialog(Retranslating, QDialog):
    """Choose a new passphrase (after unlocking with the recovery code, or from the menu)."""

    def __init__(self, key: KeyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("newPassphraseDialog")
        self.setMinimumWidth(460)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.later = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePassphrase")
        self.save_button.setDefault(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.later, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.later.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.fields.first.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        self.prompt.setText(
            self.tr(
                "Choose a new passphrase for this notebook. Your entries stay exactly as they "
                "are, and your recovery code keeps working."
            )
        )
        self.later.setText(self.tr("Not now"))
        self.save_button.setText(self.tr("Save passphrase"))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.adjustSize()

    def save(self) -> None:
        problem = self.fields.problem()
        if problem:
            self._say(problem)
            return
        if not succeeded(lambda: self.key.change_passphrase(self.fields.passphrase()), self._say):
            return
        self.fields.clear()
        self.accept()
