"""One section of the plan: its renamable heading, a short prompt, and its lists."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.limits import MAX_PLAN_HEADING_CHARS
from companion.plan.model import Plan
from companion.plan.schema import SectionSpec
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.plan.list_editor import ListEditor


class SectionEditor(Retranslating, QWidget):
    rename_requested = Signal(str, str)  # section key, new heading ("" resets to the default)

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"section_{spec.key}")
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading_edit = QLineEdit(self)
        self.heading_edit.setObjectName("headingEdit")
        self.heading_edit.setMaxLength(MAX_PLAN_HEADING_CHARS)
        self.heading_edit.hide()
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameSection")
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetHeading")
        self.default_note = QLabel(self)
        self.default_note.setStyleSheet("color: palette(placeholder-text);")
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("sectionPrompt")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.heading_edit, 1)
        heading_row.addWidget(self.rename_button)
        heading_row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.default_note)
        layout.addWidget(self.prompt)
        self.lists: dict[str, ListEditor] = {}
        for list_spec in spec.lists:
            editor = ListEditor(spec.key, list_spec, self)
            self.lists[list_spec.key] = editor
            layout.addWidget(editor)
        layout.addStretch(1)
        self.rename_button.clicked.connect(self.start_rename)
        self.reset_button.clicked.connect(lambda: self.rename_requested.emit(spec.key, ""))
        self.heading_edit.returnPressed.connect(self.finish_rename)
        self.heading_edit.editingFinished.connect(self.finish_rename)
        self._plan = Plan()
        self.retranslate()

    def retranslate(self) -> None:
        language = current_language()
        self.rename_button.setText(self.tr("Rename…"))
        self.rename_button.setToolTip(
            self.tr("Give this section the name that fits you or your WRAP group")
        )
        self.reset_button.setText(self.tr("Use the usual name"))
        self.heading_edit.setAccessibleName(self.tr("Name of this section"))
        self.prompt.setText(self.spec.prompt.in_language(language))
        self.show_plan(self._plan)

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        language = current_language()
        self.heading.setText(plan.heading(self.spec.key, language))
        renamed = plan.is_renamed(self.spec.key)
        self.reset_button.setVisible(renamed)
        self.default_note.setVisible(renamed)
        self.default_note.setText(
            self.tr("Usually called: %1").replace("%1", self.spec.heading.in_language(language))
        )
        for key, editor in self.lists.items():
            editor.set_entries(plan.entries(self.spec.key, key))

    def start_rename(self) -> None:
        self.heading_edit.setText(self.heading.text())
        self.heading.hide()
        self.heading_edit.show()
        self.heading_edit.selectAll()
        self.heading_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish_rename(self) -> None:
        if self.heading_edit.isHidden():
            return
        self.heading_edit.hide()
        self.heading.show()
        text = self.heading_edit.text().strip()
        if text and text != self.heading.text():
            self.rename_requested.emit(self.spec.key, text)
