"""The small dialog that names a new role or renames one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from companion.limits import MAX_ROLE_NAME_CHARS
from companion.ui.common.form_dialog import lay_out_form_dialog, refusal_line
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
        self.error = refusal_line(self, "roleNameError")
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        ok_kind = QDialogButtonBox.StandardButton.Ok
        self.buttons = lay_out_form_dialog(self, form, self.hint, self.error, ok_kind, self._accept)
        self.ok_button = self.buttons.button(ok_kind)
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
