"""A new recovery code, and changing the data key: confirm first, then show the new code once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.common.i18n import Retranslating
from companion.ui.common.operation import attempt

if TYPE_CHECKING:
    from companion.services.access import KeyService


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _text(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class RecoveryCodeDialog(Retranslating, QDialog):
    """Asks before a new recovery code is made (`key` given), then shows the code once with a
    copy button. Given a `code` (after the data key changed), it shows that code at once.
    The code is never kept beyond this dialog; a copy left on the clipboard is cleared when it
    closes."""

    def __init__(
        self,
        key: KeyService | None = None,
        *,
        code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.code = code
        self.setObjectName("recoveryCodeDialog")
        self.setMinimumWidth(480)
        self.heading = _heading(self)
        self.explanation = _text(self, "recoveryCodeExplanation")
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(code_font.pointSizeF() * 1.4)
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.error = _text(self, "recoveryCodeError")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyRecoveryCode")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.make_button = QPushButton(self)
        self.make_button.setObjectName("makeRecoveryCode")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("writtenDown")
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.code_label)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.make_button.clicked.connect(self.make_code)
        self.done_button.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self.copy_code)
        self.finished.connect(self._forget)
        self._show_phase()
        self.retranslate()

    @property
    def showing_code(self) -> bool:
        return self.code is not None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery code"))
        if self.showing_code:
            self.heading.setText(self.tr("Your new recovery code"))
            self.explanation.setText(
                self.tr(
                    "Write this code down now, on paper, and keep it somewhere safe, away from "
                    "this computer. It is shown only this once. It opens your notebook if you "
                    "ever forget your passphrase; your old recovery code no longer works."
                )
            )
        else:
            self.heading.setText(self.tr("Make a new recovery code?"))
            self.explanation.setText(
                self.tr(
                    "A new recovery code replaces the one you have now: the old code stops "
                    "working at once. Your passphrase and your entries stay as they are. "
                    "Have a pen and paper ready; the new code is shown only once."
                )
            )
        self.copy_button.setText(self.tr("&Copy"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.make_button.setText(self.tr("Make a new code"))
        self.done_button.setText(self.tr("I have written it down"))

    def _show_phase(self) -> None:
        showing = self.showing_code
        self.code_label.setText(self.code or "")
        self.code_label.setVisible(showing)
        self.copy_button.setVisible(showing)
        self.done_button.setVisible(showing)
        self.cancel_button.setVisible(not showing)
        self.make_button.setVisible(not showing)
        (self.done_button if showing else self.make_button).setDefault(True)

    def make_code(self) -> None:
        if self.key is None:
            return
        key = self.key
        code = attempt(key.new_recovery_code, self.error)
        if code is None:
            return
        self.code = code
        self.error.clear()
        self._show_phase()
        self.retranslate()
        self.adjustSize()

    def copy_code(self) -> None:
        if self.code:
            QGuiApplication.clipboard().setText(self.code)

    def _forget(self) -> None:
        """The code leaves the clipboard with the dialog (if it is still what is there)."""
        clipboard = QGuiApplication.clipboard()
        if self.code and clipboard.text() == self.code:
            clipboard.clear()
        self.code = None
        self.code_label.clear()


class ChangeDataKeyDialog(Retranslating, QDialog):
    """Says when changing the data key helps and what it costs (the size and a time), asks
    for the passphrase, then re-encrypts the store. The window keeps the open store: it goes on
    under the new key. `recovery_code` holds the new code when the dialog is accepted;
    `store_lost` is emitted if a failure left the store closed."""

    store_lost = Signal()

    def __init__(self, key: KeyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.recovery_code: str | None = None
        self.setObjectName("changeDataKeyDialog")
        self.setMinimumWidth(500)
        self.heading = _heading(self)
        self.explanation = _text(self, "dataKeyExplanation")
        self.cost_label = _text(self, "dataKeyCost")
        self.consequences = _text(self)
        self.prompt = _text(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("currentPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.prompt.setBuddy(self.passphrase)
        self.error = _text(self, "dataKeyError")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changeDataKey")
        self.change_button.setDefault(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.explanation,
            self.cost_label,
            self.consequences,
            self.prompt,
            self.passphrase,
            self.error,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.change_button.clicked.connect(self.change)
        self.passphrase.returnPressed.connect(self.change)
        self.cost = attempt(key.rekey_cost, self.error)
        self.retranslate()
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the data key"))
        self.heading.setText(self.tr("Change the data key?"))
        self.explanation.setText(
            self.tr(
                "This re-encrypts your whole notebook under a new random key. It helps if an old "
                "copy of your key file (companion.key) and your passphrase may both have been "
                "seen by someone else: after the change, that copy opens nothing. If only your "
                "passphrase may be known, changing the passphrase is enough."
            )
        )
        if self.cost is not None:
            size = self.locale().formattedDataSize(
                self.cost.database_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            self.cost_label.setText(
                self.tr("Your notebook is %1; this takes %2. The window waits meanwhile.")
                .replace("%1", size)
                .replace("%2", self.describe_seconds(self.cost.seconds))
            )
        self.consequences.setText(
            self.tr(
                "Your passphrase stays the same. You get a new recovery code, and the old one "
                "stops working. Copies made before (backups, exports) are not changed."
            )
        )
        self.prompt.setText(self.tr("Type your &passphrase to go ahead:"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.change_button.setText(self.tr("Change the data key"))

    def describe_seconds(self, seconds: float) -> str:
        """An estimate in words, never more precise than it is."""
        if seconds < 5:
            return self.tr("a few seconds")
        if seconds < 90:
            return self.tr("about %1 seconds").replace("%1", str(round(seconds / 5) * 5))
        return self.tr("about %1 minutes").replace("%1", str(round(seconds / 60)))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.adjustSize()

    def change(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self._say(self.tr("Please type your passphrase first."))
            return
        self._set_busy(True)
        problems: list[str] = []
        try:
            code = attempt(lambda: self.key.change_data_key(passphrase), problems.append)
        finally:
            self._set_busy(False)
        if code is None:
            self._say(problems[0] if problems else "")
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            if not self.key.store_open:
                self.store_lost.emit()
            return
        self.passphrase.clear()
        self.recovery_code = code
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.change_button, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.error.setText(self.tr("Re-encrypting… please wait."))
            self.error.repaint()  # painted before the work starts on this thread
        else:
            QGuiApplication.restoreOverrideCursor()
            self.error.clear()
