"""Restoring a backup on the first-run screen: the passphrase or the recovery code that opens it.

Everything is checked before the data folder changes (companion/store/backup.py); a problem is
told here and the dialog stays open, so the person can try again or choose another file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.paths import DataFolder
from companion.ui.common.i18n import Retranslating
from companion.ui.common.operation import attempt

if TYPE_CHECKING:
    from companion.services.store_services import Store


class RestoreDialog(Retranslating, QDialog):
    """`store` holds the restored store, open, once accepted."""

    def __init__(self, folder: DataFolder, backup: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.backup = backup
        self.store: Store | None = None
        self.setObjectName("restoreDialog")
        self.setMinimumWidth(480)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("backupFile")
        self.file_label.setWordWrap(True)
        self.secret_label = QLabel(self)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("backupSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret)
        self.error = QLabel(self)
        self.error.setObjectName("restoreError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreNow")
        self.restore_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.file_label)
        layout.addSpacing(6)
        layout.addWidget(self.secret_label)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.restore_button.clicked.connect(self.restore_now)
        self.buttons.rejected.connect(self.reject)
        self.secret.textEdited.connect(lambda _text: self.error.clear())
        self.retranslate()
        self.secret.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(
            self.tr(
                "Type the passphrase you had when this backup was made, or your recovery code. "
                "Companion checks the whole backup before it puts it in place."
            )
        )
        self.file_label.setText(self.tr("Backup: %1").replace("%1", self.backup.name))
        self.secret_label.setText(self.tr("&Passphrase or recovery code:"))
        self.restore_button.setText(self.tr("Restore"))

    def restore_now(self) -> bool:
        secret = self.secret.text()
        if not secret:
            self.error.setText(self.tr("Type the passphrase or the recovery code first."))
            self.secret.setFocus()
            return False
        from companion.services.backups import restore

        self.error.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = attempt(lambda: restore(self.folder, self.backup, secret), self.error)
        finally:
            QApplication.restoreOverrideCursor()
        if done is None:
            self.secret.selectAll()
            self.secret.setFocus()
            return False
        self.store, _restored = done
        self.secret.clear()
        self.accept()
        return True
