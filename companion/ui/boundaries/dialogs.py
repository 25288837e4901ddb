"""The small dialog that names a new role or renames one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.limits import MAX_ROLE_NAME_CHARS
from companion.ui.common.i18n import Retranslating


class RoleNameDialog(Retranslating, QDialog):
    """`save(name, error_label)` keeps the name and says whether it went through; on a refusal
    the dialog stays open with the name as typed and the message in `error`."""

    def __init__(
        self,
        current: str | None,
        taken: set[str],
        save: Callable[[str, QLabel], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roleNameDialog")
        self.setMinimumWidth(420)
        self._renaming = current is not None
        self._taken = taken
        self._save = save
        self.name = QLineEdit(self)
        self.name.setObjectName("roleName")
        self.name.setMaxLength(MAX_ROLE_NAME_CHARS)
        self.name.setText(current or "")
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("roleNameError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.name.selectAll()
        self.name.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rename role") if self._renaming else self.tr("New role"))
        self.name_label.setText(self.tr("&Name"))
        self.name.setAccessibleName(self.tr("Role name"))
        self.hint.setText(
            self.tr("For example: peer staff at the clinic, the Saturday group, the phone line.")
        )

    def _accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(self.tr("Please give the role a name."))
            return
        if name in self._taken:
            self.error.setText(self.tr("Another role already has that name."))
            return
        if self._save(name, self.error):
            self.accept()
