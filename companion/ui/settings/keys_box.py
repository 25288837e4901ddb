"""Keys in Settings: change the passphrase, make a new recovery code, change the data key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.common.i18n import Retranslating


class KeysBox(Retranslating, QGroupBox):
    """Three buttons; the session answers each with the same dialog as the Companion menu."""

    change_passphrase = Signal()
    new_recovery_code = Signal()
    change_data_key = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysBox")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.passphrase_button = QPushButton(self)
        self.passphrase_button.setObjectName("changePassphrase")
        self.recovery_button = QPushButton(self)
        self.recovery_button.setObjectName("newRecoveryCode")
        self.data_key_button = QPushButton(self)
        self.data_key_button.setObjectName("changeDataKey")
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.recovery_button.clicked.connect(self.new_recovery_code)
        self.data_key_button.clicked.connect(self.change_data_key)
        buttons = QHBoxLayout()
        for button in (self.passphrase_button, self.recovery_button, self.data_key_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Encryption keys"))
        self.note.setText(
            self.tr(
                "Change the passphrase if someone may have seen it. Change the data key if an "
                "old copy of your key file and passphrase may have got out (SECURITY.md)."
            )
        )
        self.passphrase_button.setText(self.tr("Change &passphrase…"))
        self.recovery_button.setText(self.tr("New recovery &code…"))
        self.data_key_button.setText(self.tr("Change the data &key…"))
