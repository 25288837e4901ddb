"""First run: choose the language and a passphrase, then write down the recovery code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.paths import DataFolder
from companion.services import access
from companion.ui.common.i18n import LANGUAGE_NAMES, Retranslating, current_language
from companion.ui.common.operation import attempt, succeeded
from companion.ui.unlock.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from companion.services.store_services import Store
    from companion.ui.unlock.restore_dialog import RestoreDialog


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def _paragraph(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class WelcomeDialog(Retranslating, QDialog):
    """Creates the store. `store` holds it once the person has seen the recovery code."""

    language_chosen = Signal(str)

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.store: Store | None = None
        self.recovery_code = ""
        self.setObjectName("welcomeDialog")
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)

        # Page 1: language and passphrase.
        first = QWidget(self)
        self.heading = _heading(first)
        self.intro = _paragraph(first)
        self.language = QComboBox(first)
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language_label = QLabel(first)
        self.language_label.setBuddy(self.language)
        self.fields = PassphraseFields(first)
        self.remember = QCheckBox(first)
        self.remember.setObjectName("rememberKey")
        self.keychain_note = _paragraph(first)
        self.keychain_note.setObjectName("keychainNote")
        self.has_keychain = access.keychain_available()
        self.remember.setVisible(self.has_keychain)
        self.keychain_note.setVisible(not self.has_keychain)
        self.error = _paragraph(first)
        self.error.setObjectName("welcomeError")
        self.create_button = QPushButton(first)
        self.create_button.setObjectName("createStore")
        self.create_button.setDefault(True)
        language_row = QFormLayout()
        language_row.addRow(self.language_label, self.language)
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(self.heading)
        first_layout.addWidget(self.intro)
        first_layout.addLayout(language_row)
        first_layout.addSpacing(6)
        first_layout.addWidget(self.fields)
        first_layout.addWidget(self.remember)
        first_layout.addWidget(self.keychain_note)
        first_layout.addWidget(self.error)
        first_layout.addStretch(1)
        self.restore_button = QPushButton(first)  # ui/unlock/restore_dialog.py
        self.restore_button.setObjectName("restoreBackup")
        self.restore_dialog: RestoreDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        first_layout.addLayout(buttons)

        # Page 2: the recovery code.
        second = QWidget(self)
        self.code_heading = _heading(second)
        self.code_intro = _paragraph(second)
        self.code_label = QLabel(second)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSizeF(self.font().pointSizeF() * 1.6)
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_warning = _paragraph(second)
        self.code_warning.setObjectName("recoveryWarning")
        self.copy_button = QPushButton(second)
        self.written_down = QCheckBox(second)
        self.written_down.setObjectName("writtenDown")
        self.continue_button = QPushButton(second)
        self.continue_button.setObjectName("continue")
        self.continue_button.setEnabled(False)
        second_layout = QVBoxLayout(second)
        second_layout.addWidget(self.code_heading)
        second_layout.addWidget(self.code_intro)
        second_layout.addSpacing(8)
        second_layout.addWidget(self.code_label)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        second_layout.addLayout(copy_row)
        second_layout.addSpacing(8)
        second_layout.addWidget(self.code_warning)
        second_layout.addWidget(self.written_down)
        second_layout.addStretch(1)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.continue_button)
        second_layout.addLayout(done_row)

        self.pages.addWidget(first)
        self.pages.addWidget(second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.create_button.clicked.connect(self.create_store)
        self.restore_button.clicked.connect(self.choose_backup)
        self.fields.changed.connect(self.error.clear)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.copy_button.clicked.connect(self._copy_code)
        self.continue_button.clicked.connect(self.accept)
        self.retranslate()
        self.fields.first.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Companion"))
        self.heading.setText(self.tr("Welcome to Companion"))
        self.intro.setText(
            self.tr(
                "Companion keeps your wellness plan and check-ins on this computer only. "
                "Nothing is ever sent anywhere. Everything is encrypted with a passphrase "
                "you choose now."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.remember.setText(self.tr("Unlock automatically on this computer"))
        self.remember.setToolTip(
            self.tr(
                "Keeps the key in this computer's secure keychain, so Companion opens without "
                "asking. Anyone who can log in as you could then open it too."
            )
        )
        self.keychain_note.setText(
            self.tr(
                "No secure keychain was found on this computer, so Companion will ask for "
                "your passphrase each time it opens."
            )
        )
        self.create_button.setText(self.tr("Create my encrypted notebook"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self.restore_button.setToolTip(
            self.tr("Bring back a notebook from a backup file made with Companion")
        )
        self.code_heading.setText(self.tr("Your recovery code"))
        self.code_intro.setText(
            self.tr(
                "If you ever forget your passphrase, this code unlocks your notebook instead. "
                "Write it down on paper and keep it somewhere safe, away from this computer."
            )
        )
        self.code_warning.setText(
            self.tr(
                "Please be sure: if both the passphrase and this code are lost, nobody can "
                "open your notebook again — not you, and not us. That is the price of keeping "
                "it truly private."
            )
        )
        self.copy_button.setText(self.tr("Copy code"))
        self.written_down.setText(self.tr("I have written down my recovery code"))
        self.continue_button.setText(self.tr("Continue"))

    def _language_changed(self) -> None:
        self.language_chosen.emit(str(self.language.currentData()))

    def create_store(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            self.adjustSize()
            self.fields.first.setFocus()
            return
        created = attempt(
            lambda: access.create(
                self.folder,
                self.fields.passphrase(),
                remember=self.has_keychain and self.remember.isChecked(),
            ),
            self.error,
        )
        if created is None:
            self.adjustSize()
            return
        store, code = created
        self.fields.clear()
        self.store = store
        self.recovery_code = code
        self.code_label.setText(code)
        self.pages.setCurrentIndex(1)
        self.written_down.setFocus()

    def choose_backup(self) -> None:
        """A backup file, checked at once (a file that is not one is refused here), then the
        passphrase or recovery code that opens it (ui/unlock/restore_dialog.py)."""
        from companion.services.backups import SUFFIX, check_backup_file
        from companion.ui.unlock.restore_dialog import RestoreDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(Path.home()),
            self.tr("Companion backups (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if not chosen:
            return
        self.error.clear()
        if not succeeded(lambda: check_backup_file(chosen), self.error):
            self.adjustSize()
            return
        self.restore_dialog = RestoreDialog(self.folder, Path(chosen), self)
        self.restore_dialog.accepted.connect(self._restored)
        self.restore_dialog.open()

    def _restored(self) -> None:
        dialog = self.restore_dialog
        if dialog is None or dialog.store is None:
            return
        self.restore_dialog = None
        dialog.deleteLater()
        self.fields.clear()
        self.store = dialog.store
        self.accept()

    def _copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_code)
        self.copy_button.setText(self.tr("Copied"))

    def reject(self) -> None:
        # Once the store exists, leaving means going on without seeing the code again.
        if self.store is not None:
            return
        super().reject()
