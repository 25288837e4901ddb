"""The monthly report dialog: choose a month and the paper, then save the PDF somewhere private."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.clock import local_today
from companion.errors import InvalidEntry
from companion.files import OutputRefused
from companion.services.store_services import StoreServices
from companion.stats.report import previous_month
from companion.ui.common.file_names import offered_path
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.message_line import ATTENTION, DONE, MessageLine
from companion.ui.common.messages import output_file_text
from companion.ui.common.operation import attempt
from companion.ui.common.saving import output_for
from companion.ui.plan.export_dialog import add_page_sizes, name_page_sizes


class MonthlyReportDialog(Retranslating, QDialog):
    """A month (last month by default), A4 or Letter, and "Save PDF…". The report is in the
    window's language; it never holds an alias or anything written about someone else."""

    def __init__(
        self,
        services: StoreServices,
        data_folder: Path,
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.data_folder = data_folder  # never written into
        self.zone = zone
        self.setObjectName("monthlyReport")
        self.setMinimumWidth(460)
        today = local_today(zone)
        last = date.fromisoformat(previous_month(today) + "-01")
        self.month = QDateEdit(self)
        self.month.setObjectName("reportMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDateRange(QDate(1900, 1, 1), QDate(today.year, today.month, 1))
        self.month.setDate(QDate(last.year, last.month, 1))
        self.page_size = QComboBox(self)
        self.page_size.setObjectName("reportPageSize")
        add_page_sizes(self.page_size)
        self.month_label = QLabel(self)
        self.month_label.setBuddy(self.month)
        self.page_label = QLabel(self)
        self.page_label.setBuddy(self.page_size)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.status = MessageLine(self)  # the dialog's one message area
        self.status.setObjectName("reportStatus")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveReport")
        self.save_button.setDefault(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.month_label, self.month)
        form.addRow(self.page_label, self.page_size)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Monthly report"))
        self.month_label.setText(self.tr("&Month:"))
        self.page_label.setText(self.tr("&Paper:"))
        name_page_sizes(self.page_size)
        self.note.setText(
            self.tr(
                "A PDF of the month to bring to a supporter, supervisor or clinician if you "
                "choose: charts, a summary of your check-ins, the parts of your plan you used "
                "and your boundary review. It never includes aliases or what you wrote about "
                "others. The file is not encrypted; keep it somewhere private."
            )
        )
        self.save_button.setText(self.tr("Save PDF…"))

    def chosen_month(self) -> str:
        """The month picked, as "YYYY-MM"."""
        picked = self.month.date()
        return f"{picked.year():04d}-{picked.month():02d}"

    def save(self) -> Path | None:
        """Ask where, then write the report; the path written, or None."""
        month = self.chosen_month()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            offered_path(self.tr("companion-report", "file name"), month, suffix=".pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        try:
            path = output_for(self, chosen, ".pdf", self.data_folder)
        except OutputRefused as refused:
            self.status.say(output_file_text(refused), ATTENTION)
            return None
        if path is None:
            return None
        source = attempt(lambda: self.services.trends.report_source(month, self.zone), self.status)
        if source is None:
            return None
        from companion.ui.trends.report_pdf import render_report_pdf  # matplotlib, only now

        try:
            render_report_pdf(
                source, path, language=current_language(), page_size=self.page_size.currentData()
            )
        except (OSError, InvalidEntry):
            self.status.say(
                self.tr("That file could not be written. Choose another folder or name."),
                ATTENTION,
            )
            return None
        self.status.say(self.tr("Saved: %1").replace("%1", str(path)), DONE)
        return path
