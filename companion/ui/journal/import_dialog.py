"""Import preview: what a file holds, shown before anything is added to the journal."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.journal.files import ImportResult
from companion.ui.common.i18n import Retranslating
from companion.ui.common.local_text import day_text
from companion.ui.journal.table_model import JournalTableModel

PREVIEW_ROWS = 50


class ImportPreviewDialog(Retranslating, QDialog):
    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = result
        self.setObjectName("importPreview")
        self.resize(820, 480)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        newest_first = sorted(result.checkins, key=lambda entry: entry.at, reverse=True)
        self.model = JournalTableModel(self)
        self.model.reset_rows(min(len(newest_first), PREVIEW_ROWS), newest_first[:PREVIEW_ROWS])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("confirmImport")
        self.import_button.setDefault(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.import_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        entries = self.found.checkins
        source = {
            "daylio": self.tr("a Daylio export"),
            "companion-csv": self.tr("a Companion CSV export"),
            "companion-json": self.tr("a Companion JSON export"),
        }.get(self.found.format, self.found.format)
        self.setWindowTitle(self.tr("Import check-ins"))
        if entries:
            # The calendar day where each entry was written (a Daylio file's are in the
            # person's zone), as the preview's "When" column shows it; never the UTC day.
            first = day_text(min(entries, key=lambda entry: entry.at).local_time().date())
            last = day_text(max(entries, key=lambda entry: entry.at).local_time().date())
            text = (
                self.tr(
                    "This file is %1 with %n check-in(s), from %3 to %4. Entries already in your "
                    "journal are skipped, so importing the same file twice adds nothing twice. "
                    "The newest are shown below.",
                    "",
                    len(entries),
                )
                .replace("%1", source)
                .replace("%3", first)
                .replace("%4", last)
            )
        else:
            text = self.tr("This file is %1 without check-ins.").replace("%1", source)
        found = self.found.boundaries
        if found is not None and not found.empty:
            text += " " + self.tr(
                "It also holds %1. Those already in your store are skipped, and crisis lines "
                "you have edited are kept. The plan is not imported here (the command "
                "`companion plan import` does that)."
            ).replace("%1", self._boundary_counts())
        self.summary.setText(text)
        self.import_button.setText(self.tr("Import"))

    def _boundary_counts(self) -> str:
        """What the file's boundaries sections hold, each count in its own plural form and
        joined as the window's language lists things: 1 role, 2 rules, and 1 crisis line."""
        found = self.found.boundaries
        if found is None:
            return ""
        roles, rules, contacts, talks, reviews, lines = (
            len(section or ())
            for section in (
                found.roles,
                found.rules,
                found.contacts,
                found.talks,
                found.reviews,
                found.crisis_lines,
            )
        )
        return self.counts_text(roles, rules, contacts, talks, reviews, lines)

    def counts_text(
        self, roles: int, rules: int, contacts: int, talks: int, reviews: int, lines: int = 0
    ) -> str:
        """Each count in its own plural form, joined as the window's language lists things
        (1 role, 2 rules, and 1 crisis line / 役割1件、ルール2件); counts of none left out."""
        counts = (
            (roles, self.tr("%n role(s)", "", roles)),
            (rules, self.tr("%n rule(s)", "", rules)),
            (contacts, self.tr("%n contact(s)", "", contacts)),
            (talks, self.tr("%n supervision talk(s)", "", talks)),
            (reviews, self.tr("%n weekly review(s)", "", reviews)),
            (lines, self.tr("%n crisis line(s)", "", lines)),
        )
        return QLocale().createSeparatedList([text for count, text in counts if count])
