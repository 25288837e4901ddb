"""Print or export the plan: the whole plan, chosen sections, or the supporters' crisis copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.errors import InvalidEntry
from companion.files import OutputRefused
from companion.limits import MAX_OWNER_NAME_CHARS
from companion.plan.files import plan_output_suffix, render_plan_file
from companion.plan.model import Plan
from companion.plan.render import plan_html
from companion.plan.schema import SECTIONS
from companion.services.settings import SettingsService
from companion.settings import owner_name as cleaned_owner_name
from companion.ui.common.file_names import offered_name
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.message_line import ATTENTION, DONE, MessageLine
from companion.ui.common.messages import output_file_text
from companion.ui.common.operation import attempt, succeeded
from companion.ui.common.saving import output_for
from companion.ui.plan.pdf import PAGE_SIZES, print_html, render_plan_pdf

WHOLE, SUPPORTER, CHOSEN = range(3)


def default_page_size() -> str:
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def add_page_sizes(paper: QComboBox) -> None:
    """A4 and Letter ("A4", "Letter" as item data), the locale's usual one chosen."""
    for size in PAGE_SIZES:
        paper.addItem(size, size)
    paper.setCurrentIndex(max(0, paper.findData(default_page_size())))
    name_page_sizes(paper)


def name_page_sizes(paper: QComboBox) -> None:
    """The paper sizes' names in the window's language (レター); A4 is A4 everywhere."""
    names = {"Letter": QCoreApplication.translate("PageSize", "Letter")}
    for index in range(paper.count()):
        size = str(paper.itemData(index))
        paper.setItemText(index, names.get(size, size))


class PlanExportDialog(Retranslating, QDialog):
    """What to print or export, and how. The supporters' copy may carry the person's name,
    asked here once: it is kept (in the encrypted store, through `settings`) for next time."""

    def __init__(
        self,
        plan: Plan,
        data_folder: Path,
        parent: QWidget | None = None,
        settings: SettingsService | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.data_folder = data_folder  # never written into
        self.settings = settings
        self.setObjectName("planExport")
        self.setMinimumWidth(520)
        self.what = QButtonGroup(self)
        self.whole = QRadioButton(self)
        self.supporter = QRadioButton(self)
        self.chosen = QRadioButton(self)
        for index, button in enumerate((self.whole, self.supporter, self.chosen)):
            self.what.addButton(button, index)
        self.whole.setChecked(True)
        self.section_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        for index, spec in enumerate(SECTIONS):
            box = QCheckBox(self)
            box.setChecked(True)
            self.section_boxes[spec.key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.page_size = QComboBox(self)
        add_page_sizes(self.page_size)
        self.format_label = QLabel(self)
        self.page_label = QLabel(self)
        self.owner_name = QLineEdit(self)  # printed on the supporters' copy; optional
        self.owner_name.setObjectName("ownerName")
        self.owner_name.setMaxLength(MAX_OWNER_NAME_CHARS)
        self.owner_label = QLabel(self)
        self.owner_label.setBuddy(self.owner_name)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.status = MessageLine(self)  # the dialog's one message area
        self.status.setObjectName("exportStatus")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveExport")
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.format_label, self.format)
        form.addRow(self.page_label, self.page_size)
        form.addRow(self.owner_label, self.owner_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.whole)
        layout.addWidget(self.supporter)
        layout.addWidget(self.chosen)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.what.idToggled.connect(lambda _id, _on: self._update())
        # A problem to fix ("Choose at least one section.") goes once the choice changes.
        self.what.idToggled.connect(lambda _id, _on: self._choice_changed())
        self.format.currentIndexChanged.connect(lambda _index: self._choice_changed())
        self.owner_name.textEdited.connect(lambda _text: self._choice_changed())
        for box in self.section_boxes.values():
            box.toggled.connect(lambda _on: self._choice_changed())
        self.format.currentIndexChanged.connect(lambda _index: self._update())
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_plan)
        self.close_button.clicked.connect(self.close)
        self._remembered_name = ""
        if settings is not None:
            self._remembered_name = attempt(settings.plan_owner_name, self.status) or ""
            self.owner_name.setText(self._remembered_name)
        self.retranslate()

    def retranslate(self) -> None:
        language = current_language()
        self.setWindowTitle(self.tr("Print and export the plan"))
        self.whole.setText(self.tr("The whole plan"))
        self.supporter.setText(
            self.tr("Crisis plan: a copy for my supporters, with date and signature lines")
        )
        self.chosen.setText(self.tr("Only the sections I choose:"))
        for spec in SECTIONS:
            self.section_boxes[spec.key].setText(self.plan.heading(spec.key, language))
        current = self.format.currentIndex()
        self.format.clear()
        self.format.addItem(self.tr("PDF (to print or share)"), ".pdf")
        self.format.addItem(self.tr("Markdown (plain text)"), ".md")
        self.format.addItem(self.tr("JSON (the whole plan, to import again)"), ".json")
        self.format.setCurrentIndex(max(current, 0))
        self.format_label.setText(self.tr("Format:"))
        self.page_label.setText(self.tr("Paper:"))
        name_page_sizes(self.page_size)
        self.owner_label.setText(self.tr("Your &name (optional):"))
        self.owner_name.setToolTip(
            self.tr(
                "Printed under the title of the copy for your supporters. Companion keeps it, "
                "encrypted, for next time; leave it empty to print no name."
            )
        )
        self.note.setText(
            self.tr(
                "Exported files are not encrypted. Keep them somewhere private, and give "
                "printed copies only to people you trust."
            )
        )
        self.save_button.setText(self.tr("Save…"))
        self.print_button.setText(self.tr("Print…"))
        self._update()

    def suffix(self) -> str:
        return str(self.format.currentData() or ".pdf")

    def _update(self) -> None:
        is_json = self.suffix() == ".json"
        is_pdf = self.suffix() == ".pdf"
        for button in (self.supporter, self.chosen):
            button.setEnabled(not is_json)
        if is_json or (self.supporter.isChecked() and not is_pdf):
            self.whole.setChecked(True)
        if not is_pdf:
            self.supporter.setEnabled(False)
        for box in self.section_boxes.values():
            box.setEnabled(self.chosen.isChecked() and not is_json)
        self.page_size.setEnabled(is_pdf)
        self.print_button.setEnabled(not is_json)
        for widget in (self.owner_label, self.owner_name):  # only the supporters' copy has it
            widget.setEnabled(self.supporter.isChecked())

    def _choice_changed(self) -> None:
        if self.status.severity == ATTENTION:
            self.status.clear()

    def sections(self) -> list[str] | None:
        if self.chosen.isChecked():
            return [key for key, box in self.section_boxes.items() if box.isChecked()]
        return None

    def owner(self) -> str | None:
        """The name to print on a supporters' copy ("" for none or another kind of export);
        a changed name is kept for next time. None (and a word why) if it cannot be used."""
        if not self.supporter.isChecked():
            return ""
        try:
            name = cleaned_owner_name(self.owner_name.text())
        except InvalidEntry:  # pasted text that is not valid Unicode
            self.status.say(
                self.tr("That name cannot be printed. Type it again, please."), ATTENTION
            )
            return None
        if self.settings is not None and name != self._remembered_name:
            settings = self.settings
            if succeeded(lambda: settings.save_plan_owner_name(name), self.status):
                self._remembered_name = name
        return name

    def _suggested_name(self) -> str:
        if self.supporter.isChecked():
            stem = self.tr("crisis-plan-for-supporters", "file name")
        else:
            stem = self.tr("wellness-plan", "file name")
        return offered_name(stem, date.today().isoformat(), suffix=self.suffix())

    def save(self) -> Path | None:
        if self.chosen.isChecked() and not self.sections():
            self.status.say(self.tr("Choose at least one section."), ATTENTION)
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the plan as"), str(Path.home() / self._suggested_name())
        )
        if not chosen:
            return None
        owner = self.owner()
        if owner is None:
            return None
        try:
            path = output_for(self, chosen, self.suffix(), self.data_folder)
        except OutputRefused as refused:
            self.status.say(output_file_text(refused), ATTENTION)
            return None
        if path is None:
            return None
        try:
            if plan_output_suffix(path, supporter_copy=self.supporter.isChecked()) == ".pdf":
                render_plan_pdf(
                    self.plan,
                    path,
                    language=current_language(),
                    sections=self.sections(),
                    supporter_copy=self.supporter.isChecked(),
                    page_size=self.page_size.currentData(),
                    owner_name=owner,
                )
            else:
                render_plan_file(
                    self.plan, path, language=current_language(), sections=self.sections()
                )
        except (OSError, InvalidEntry):
            self.status.say(
                self.tr("That file could not be written. Choose another folder or name."),
                ATTENTION,
            )
            return None
        self.status.say(self.tr("Saved: %1").replace("%1", str(path)), DONE)
        return path

    def print_plan(self) -> bool:
        owner = self.owner()
        if owner is None:
            return False
        html = plan_html(
            self.plan,
            current_language(),
            self.sections(),
            supporter_copy=self.supporter.isChecked(),
            generated_on=date.today(),
            owner_name=owner,
        )
        return print_html(html, self)
