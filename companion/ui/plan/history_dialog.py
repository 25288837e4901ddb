"""Plan history: every version by date, what changed between any two, and restore as new."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.plan.diff import SectionChange, diff_plans
from companion.plan.history import PlanVersion
from companion.plan.model import Entry, Plan
from companion.plan.schema import ENTRY_FIELDS, STANCES, section
from companion.services.plan import PlanService
from companion.ui.common.design import short_date_time
from companion.ui.common.i18n import current_language
from companion.ui.common.message_line import DONE, MessageLine
from companion.ui.common.operation import attempt

# Added, removed, changed, reordered: each line also starts with its own mark (+ − ~ ⇅), so
# colour is never the only cue; the colours keep WCAG AA contrast on a light or a dark base.
CHANGE_COLOURS = {
    "light": {
        "added": "#1a7f37",
        "removed": "#b42318",
        "changed": "#175cd3",
        "reordered": "#555555",
    },
    "dark": {
        "added": "#4ac26b",
        "removed": "#ff7b72",
        "changed": "#79c0ff",
        "reordered": "#b0b0b0",
    },
}


def change_colours(base: QColor) -> dict[str, str]:
    """The colours of the change marks for text on `base`."""
    return CHANGE_COLOURS["dark" if base.lightnessF() < 0.5 else "light"]


def entry_summary(entry: Entry, language: str) -> str:
    parts = []
    for spec in ENTRY_FIELDS[entry.kind]:
        value = entry.get(spec.key)
        if value in (None, "", False):
            continue
        if spec.kind == "stance" and isinstance(value, str) and value in STANCES:
            value = STANCES[value].in_language(language)
        if value is True:
            value = spec.label.in_language(language)
        parts.append(str(value))
    return " · ".join(parts)


class PlanHistoryDialog(QDialog):
    restored = Signal(object)  # the Plan now current

    def __init__(self, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans = plans
        self.setObjectName("planHistory")
        self.resize(900, 600)
        self.versions: list[PlanVersion] = []
        self.list = QListWidget(self)
        self.list.setObjectName("versions")
        self.list.setMaximumWidth(300)
        self.compare_label = QLabel(self)
        self.compare_with = QComboBox(self)
        self.compare_with.setObjectName("compareWith")
        self.changes = QTextBrowser(self)
        self.changes.setObjectName("changes")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreVersion")
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.status = MessageLine(self)  # the dialog's one message area
        self.status.setObjectName("historyStatus")
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_label)
        compare_row.addWidget(self.compare_with, 1)
        right = QVBoxLayout()
        right.addLayout(compare_row)
        right.addWidget(self.changes, 1)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._selected)
        self.compare_with.currentIndexChanged.connect(lambda _index: self.show_changes())
        self.restore_button.clicked.connect(self.restore)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan history"))
        self.compare_label.setText(self.tr("Compared with:"))
        self.restore_button.setText(self.tr("Restore this version"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.load()
        super().changeEvent(event)

    def _reason(self, reason: str) -> str:
        return {
            "edit": self.tr("edited"),
            "restore": self.tr("restored from an earlier version"),
            "import": self.tr("imported from a file"),
            "example": self.tr("started from the example"),
        }.get(reason, reason)

    def _when(self, version: PlanVersion) -> str:
        moment = QDateTime.fromSecsSinceEpoch(int(version.saved.timestamp()))
        return short_date_time(moment)

    def load(self) -> None:
        versions = attempt(self.plans.versions, self.status)
        if versions is None:
            return
        self.versions = list(reversed(versions))  # newest first
        self.list.blockSignals(True)
        self.list.clear()
        for version in self.versions:
            QListWidgetItem(f"{self._when(version)}\n{self._reason(version.reason)}", self.list)
        self.list.blockSignals(False)
        if not self.versions:
            self.changes.setHtml(
                html.escape(self.tr("No versions yet: the first one is saved as you write."))
            )
            self.restore_button.setEnabled(False)
            return
        self.list.setCurrentRow(0)

    def _selected(self, row: int) -> None:
        self.compare_with.blockSignals(True)
        self.compare_with.clear()
        self.compare_with.addItem(self.tr("the version before it"), -1)
        for index, version in enumerate(self.versions):
            if index != row:
                self.compare_with.addItem(self._when(version), index)
        self.compare_with.blockSignals(False)
        self.restore_button.setEnabled(row > 0)  # the newest is already current
        self.show_changes()

    def selected(self) -> PlanVersion | None:
        row = self.list.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def _other(self) -> Plan:
        row = self.list.currentRow()
        choice = self.compare_with.currentData()
        if choice is None or choice < 0:
            older = row + 1
            return self.versions[older].plan if older < len(self.versions) else Plan()
        return self.versions[int(choice)].plan

    def compare(self, older: Plan, newer: Plan) -> list[SectionChange]:
        return diff_plans(older, newer)

    def show_changes(self) -> None:
        version = self.selected()
        if version is None:
            return
        changes = self.compare(self._other(), version.plan)
        self.changes.setHtml(self.changes_html(changes, self._other(), version.plan))

    def changes_html(self, changes: list[SectionChange], old: Plan, new: Plan) -> str:
        language = current_language()
        if not changes:
            return html.escape(self.tr("No differences."))
        parts: list[str] = []
        colours = change_colours(self.palette().color(QPalette.ColorRole.Base))
        for change in changes:
            parts.append(f"<h3>{html.escape(new.heading(change.section, language))}</h3>")
            if change.renamed:
                renamed = self.tr("Renamed: %1 → %2")
                renamed = renamed.replace("%1", old.heading(change.section, language))
                renamed = renamed.replace("%2", new.heading(change.section, language))
                parts.append(f"<p>{html.escape(renamed)}</p>")
            for list_change in change.lists:
                title = section(change.section).list_spec(list_change.list_key).title
                parts.append(f"<p><b>{html.escape(title.in_language(language))}</b></p><ul>")
                for entry in list_change.added:
                    parts.append(self._line(colours["added"], "+", entry_summary(entry, language)))
                for entry in list_change.removed:
                    parts.append(
                        self._line(colours["removed"], "−", entry_summary(entry, language))
                    )
                for before, after in list_change.changed:
                    text = f"{entry_summary(before, language)} → {entry_summary(after, language)}"
                    parts.append(self._line(colours["changed"], "~", text))
                if list_change.reordered:
                    parts.append(self._line(colours["reordered"], "⇅", self.tr("order changed")))
                parts.append("</ul>")
        return "".join(parts)

    @staticmethod
    def _line(colour: str, mark: str, text: str) -> str:
        escaped = html.escape(text).replace("\n", "<br>")
        return f'<li><span style="color:{colour}"><b>{mark}</b></span> {escaped}</li>'

    def restore(self) -> None:
        version = self.selected()
        if version is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this version?"),
            self.tr(
                "Your plan will become this version again. Nothing is erased: today's plan "
                "stays in the history, and you can come back to it."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        plan = attempt(lambda: self.plans.restore(version.id), self.status)
        if plan is None:
            return
        self.restored.emit(plan)
        self.load()
        self.status.say(self.tr("Restored as a new version."), DONE)
