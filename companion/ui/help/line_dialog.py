"""Adding or editing one crisis line: name, number, hours and notes, and the day it was checked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from companion.errors import InvalidEntry
from companion.help.crisis_lines import CrisisLine
from companion.limits import (
    EARLIEST_DAY,
    MAX_CRISIS_LINE_NAME_CHARS,
    MAX_CRISIS_LINE_NOTES_CHARS,
    MAX_CRISIS_LINE_NUMBER_CHARS,
)
from companion.ui.common.design import date_edit_format
from companion.ui.common.form_dialog import lay_out_form_dialog, refusal_line
from companion.ui.common.i18n import Retranslating


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CrisisLineDialog(Retranslating, QDialog):
    """`save(line)` stores the line and says whether it went through; on a refusal the dialog
    stays open with everything typed, and the message is shown in `error`."""

    def __init__(
        self,
        line: CrisisLine | None,
        save: Callable[[CrisisLine, QLabel], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crisisLineDialog")
        self.setMinimumWidth(460)
        self._save = save
        self.name = QLineEdit(self)
        self.name.setObjectName("crisisLineName")
        self.name.setMaxLength(MAX_CRISIS_LINE_NAME_CHARS)
        self.number = QLineEdit(self)
        self.number.setObjectName("crisisLineNumber")
        self.number.setMaxLength(MAX_CRISIS_LINE_NUMBER_CHARS)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("crisisLineNotes")
        self.notes.setMaxLength(MAX_CRISIS_LINE_NOTES_CHARS)
        self.verified = QCheckBox(self)
        self.verified.setObjectName("crisisLineVerified")
        self.verified_on = QDateEdit(self)
        self.verified_on.setObjectName("crisisLineVerifiedOn")
        self.verified_on.setCalendarPopup(True)
        self.verified_on.setDisplayFormat(date_edit_format())
        today = QDate.currentDate()
        self.verified_on.setDateRange(_qdate(EARLIEST_DAY), today)
        self.name_label = QLabel(self)
        self.number_label = QLabel(self)
        self.notes_label = QLabel(self)
        self.verified_note = QLabel(self)
        self.verified_note.setWordWrap(True)
        self.error = refusal_line(self, "crisisLineError")
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.number_label, self.number)
        form.addRow(self.notes_label, self.notes)
        form.addRow(self.verified, self.verified_on)
        save_kind = QDialogButtonBox.StandardButton.Save
        self.buttons = lay_out_form_dialog(
            self, form, self.verified_note, self.error, save_kind, self._accept
        )
        self.save_button = self.buttons.button(save_kind)
        self.verified.toggled.connect(self.verified_on.setEnabled)

        if line is None:  # a line the person just found: checked today, most likely
            self.verified.setChecked(True)
            self.verified_on.setDate(today)
        else:
            self.name.setText(line.name)
            self.number.setText(line.number)
            self.notes.setText(line.notes)
            self.verified.setChecked(line.last_verified is not None)
            self.verified_on.setDate(_qdate(line.last_verified) if line.last_verified else today)
        self.verified_on.setEnabled(self.verified.isChecked())
        self.name.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Crisis line"))
        self.name_label.setText(self.tr("Name"))
        self.number_label.setText(self.tr("Number or how to reach it"))
        self.notes_label.setText(self.tr("Hours and notes"))
        self.verified.setText(self.tr("Last checked on"))
        self.verified_note.setText(
            self.tr(
                "Numbers and hours change. Note the day you last checked this line with its "
                "own website or leaflet."
            )
        )

    def line(self) -> CrisisLine:
        """The line as typed; InvalidEntry if it cannot be kept."""
        chosen = self.verified_on.date()
        verified = (
            date(chosen.year(), chosen.month(), chosen.day()) if self.verified.isChecked() else None
        )
        return CrisisLine(
            name=self.name.text().strip(),
            number=self.number.text().strip(),
            notes=self.notes.text().strip(),
            last_verified=verified,
        )

    def _accept(self) -> None:
        try:
            line = self.line()
        except InvalidEntry as problem:
            self.error.setText(
                self.tr("Please give the line a name.")
                if problem.field == "name"
                else self.tr("This line cannot be saved as it is. Please check each field.")
            )
            return
        if self._save(line, self.error):
            self.accept()
