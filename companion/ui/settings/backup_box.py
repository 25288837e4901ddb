"""Backups in Settings: "Back up now…" to a file the person chooses, when that was last done,
and how many daily automatic backups are kept in the data folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.files import OutputRefused
from companion.services.backups import SUFFIX, BackupService
from companion.settings import AUTO_BACKUPS_KEPT, MAX_AUTO_BACKUPS_KEPT
from companion.ui.common.i18n import Retranslating
from companion.ui.common.local_text import day_text
from companion.ui.common.message_line import ATTENTION, DONE, MessageLine
from companion.ui.common.messages import output_file_text
from companion.ui.common.operation import attempt


class BackupBox(Retranslating, QGroupBox):
    """Shown in Settings; the number kept is saved with the other settings (`save`)."""

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.setObjectName("backupBox")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.last = QLabel(self)
        self.last.setObjectName("lastBackup")
        self.back_up_button = QPushButton(self)
        self.back_up_button.setObjectName("backUpNow")
        self.status = MessageLine(self)  # shown while there is something to say
        self.status.setObjectName("backupStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept = QSpinBox(self)
        self.kept.setObjectName("autoBackupsKept")
        self.kept.setRange(0, MAX_AUTO_BACKUPS_KEPT)
        self.kept_before = QLabel(self)
        self.kept_before.setBuddy(self.kept)
        self.kept_after = QLabel(self)
        button_row = QHBoxLayout()
        button_row.addWidget(self.back_up_button)
        button_row.addWidget(self.last, 1)
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.kept_before)
        kept_row.addWidget(self.kept)
        kept_row.addWidget(self.kept_after, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(button_row)
        layout.addWidget(self.status)
        layout.addLayout(kept_row)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.load()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.note.setText(
            self.tr(
                "One encrypted file with your whole notebook, opened by your passphrase or "
                "recovery code. Keep one on another disk or a USB stick."
            )
        )
        self.back_up_button.setText(self.tr("Back up now…"))
        self.kept_before.setText(self.tr("Keep"))
        self.kept_after.setText(self.tr("daily automatic backups in the data folder (0: none)"))
        self._show_last()

    def load(self) -> None:
        found = attempt(
            lambda: (self.backups.last_outside_backup(), self.backups.kept()), self.status
        )
        self._last_made, kept = found if found is not None else (None, AUTO_BACKUPS_KEPT.default)
        if found is not None:
            self.status.clear()
        self.kept.setValue(kept)

    def _show_last(self) -> None:
        if self._last_made is None:
            self.last.setText(self.tr("No backup made yet."))
            return
        moment = QDateTime.fromSecsSinceEpoch(
            int(self._last_made.timestamp()), QTimeZone.systemTimeZone()
        )
        local = moment.date()
        shown = day_text(date(local.year(), local.month(), local.day()))
        self.last.setText(self.tr("Last backup: %1").replace("%1", shown))

    def back_up_now(self) -> Path | None:
        """Ask where, then write the backup there; says what happened in `status`."""
        suggested = Path.home() / f"companion-{date.today().isoformat()}{SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up Companion"),
            str(suggested),
            self.tr("Companion backups (*%1)").replace("%1", SUFFIX),
        )
        if not chosen:
            return None
        self.status.clear()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = attempt(lambda: self.backups.back_up_to(chosen), self.status)
        except OutputRefused as refused:
            self.status.say(output_file_text(refused), ATTENTION)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if written is None:
            return None
        self.status.say(
            self.tr(
                "Saved an encrypted backup to %1. It opens with your passphrase or your "
                "recovery code."
            ).replace("%1", str(written)),
            DONE,
        )
        self._last_made = attempt(self.backups.last_outside_backup, self.status)
        self._show_last()
        return written

    def save(self) -> None:
        """Keep the number of daily backups (part of Settings' Save)."""
        self.backups.save_kept(self.kept.value())
