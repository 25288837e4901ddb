"""Restoring a backup on the first-run screen: the passphrase or the recovery code that opens it.

Everything is checked before the data folder changes (companion/store/backup.py); a problem is
told here and the dialog stays open, so the person can try again or choose another file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
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
    from concurrent.futures import Future

    from companion.services.backups import Restored
    from companion.services.store_services import Store

POLL_MS = 15  # how often the dialog looks whether the restore is done


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
        """Check and put the backup in place in a worker thread (the dialog keeps painting),
        then open it here, on the UI thread. False if there was nothing to try."""
        secret = self.secret.text()
        if not secret:
            self.error.setText(self.tr("Type the passphrase or the recovery code first."))
            self.secret.setFocus()
            return False
        from concurrent.futures import ThreadPoolExecutor

        from companion.services.backups import restore_files

        self._set_busy(True)
        worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="restore")
        done = worker.submit(restore_files, self.folder, self.backup, secret)
        worker.shutdown(wait=False)
        self._wait_for(done)
        return True

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.secret, self.restore_button):
            widget.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.error.setText(self.tr("Checking the backup…"))
        else:
            QApplication.restoreOverrideCursor()
            self.error.clear()

    def _wait_for(self, done: Future[Restored]) -> None:
        """Look again in a moment (never at once: the Return that started this must find the
        button disabled)."""
        QTimer.singleShot(POLL_MS, self, lambda: self._finished(done))

    def _finished(self, done: Future[Restored]) -> None:
        if not done.done():
            self._wait_for(done)
            return
        self._set_busy(False)
        from companion.services.backups import open_restored

        restored = attempt(done.result, self.error)  # a bug goes on to the bug handler
        store = (
            None
            if restored is None
            else attempt(lambda: open_restored(self.folder, restored), self.error)
        )
        if store is None:
            self.secret.selectAll()
            self.secret.setFocus()
            return
        self.store = store
        self.secret.clear()
        self.accept()
