"""The Help now window: calm, in this order: my supporters, my plan for when things are breaking
down, crisis lines, and what to do when someone I support may be at risk.

Everything is plain, selectable text: a number can be copied, never dialled. Nothing here opens
a link or starts another program. Crisis lines are edited here and saved through the Help
service; the plan is only shown (the empty states offer to open the Plan at the right place).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.help.crisis_lines import CrisisLine
from companion.limits import MAX_CRISIS_LINES
from companion.plan.model import Entry, Plan
from companion.plan.schema import section
from companion.services.store_services import StoreServices
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.local_text import day_text
from companion.ui.common.operation import ProblemShown, attempt, succeeded
from companion.ui.help.line_dialog import CrisisLineDialog

SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def _text_label(parent: QWidget, name: str = "") -> QLabel:
    """Selectable text that opens nothing: no links, no `tel:`."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(SELECTABLE)
    label.setOpenExternalLinks(False)
    return label


def _heading(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class CrisisLineRow(QFrame):
    """One crisis line as text, with Edit and Remove."""

    def __init__(self, line: CrisisLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisLineRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.line = line
        self.text = _text_label(self, "crisisLineText")
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)


class HelpNowWindow(Retranslating, QDialog):
    """Not modal: the person can keep it open beside the window, and copy from it."""

    plan_section_requested = Signal(str, str)  # section key, list key

    def __init__(self, services: StoreServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("helpNow")
        self.setModal(False)
        self.resize(660, 760)
        self.plan = Plan()
        self.lines: tuple[CrisisLine, ...] = ()
        self.line_rows: list[CrisisLineRow] = []
        self.line_dialog: CrisisLineDialog | None = None

        self.intro = QLabel(self)
        self.intro.setObjectName("helpIntro")
        self.intro.setWordWrap(True)
        content = QWidget(self)
        content.setObjectName("helpContent")
        body = QVBoxLayout(content)
        body.setSpacing(8)

        # (a) my supporters
        self.supporters_heading = _heading(content, "supportersHeading")
        self.supporters_text = _text_label(content, "supportersText")
        self.supporters_empty = QLabel(content)
        self.supporters_empty.setWordWrap(True)
        self.open_supporters = QPushButton(content)
        self.open_supporters.setObjectName("openSupporters")
        body.addWidget(self.supporters_heading)
        body.addWidget(self.supporters_text)
        body.addWidget(self.supporters_empty)
        body.addLayout(self._left(self.open_supporters))
        body.addSpacing(12)

        # (b) my plan for when things are breaking down
        self.breaking_heading = _heading(content, "breakingHeading")
        self.breaking_text = _text_label(content, "breakingText")
        self.breaking_empty = QLabel(content)
        self.breaking_empty.setWordWrap(True)
        self.open_breaking = QPushButton(content)
        self.open_breaking.setObjectName("openBreakingDown")
        body.addWidget(self.breaking_heading)
        body.addWidget(self.breaking_text)
        body.addWidget(self.breaking_empty)
        body.addLayout(self._left(self.open_breaking))
        body.addSpacing(12)

        # (c) crisis lines
        self.lines_heading = _heading(content, "crisisLinesHeading")
        self.lines_note = QLabel(content)
        self.lines_note.setWordWrap(True)
        self.lines_box = QVBoxLayout()
        self.lines_empty = QLabel(content)
        self.lines_empty.setWordWrap(True)
        self.add_line_button = QPushButton(content)
        self.add_line_button.setObjectName("addCrisisLine")
        self.status = QLabel(content)
        self.status.setObjectName("helpStatus")
        self.status.setWordWrap(True)
        body.addWidget(self.lines_heading)
        body.addWidget(self.lines_note)
        body.addLayout(self.lines_box)
        body.addWidget(self.lines_empty)
        body.addLayout(self._left(self.add_line_button))
        body.addWidget(self.status)
        body.addSpacing(12)

        # (d) when someone I support may be at risk
        self.risk_heading = _heading(content, "riskHeading")
        self.risk_text = _text_label(content, "riskText")
        body.addWidget(self.risk_heading)
        body.addWidget(self.risk_text)
        body.addStretch(1)

        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.buttons)

        self.open_supporters.clicked.connect(
            lambda: self.plan_section_requested.emit("crisis", "supporters")
        )
        self.open_breaking.clicked.connect(
            lambda: self.plan_section_requested.emit("breaking_down", "must_do")
        )
        self.add_line_button.clicked.connect(lambda: self.edit_line(None))
        self.retranslate()

    @staticmethod
    def _left(button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        return row

    # --- what it shows ------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the plan and the crisis lines again (they may have changed elsewhere)."""
        self.status.clear()
        self.plan = attempt(self.services.plan.current, self.status) or Plan()
        language = current_language()
        lines = attempt(lambda: self.services.help.crisis_lines(language), self.status)
        self.lines = lines if lines is not None else ()
        self._show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help now"))
        self.intro.setText(
            self.tr(
                "Take a breath. Here is what you prepared for moments like this, and who you "
                "can reach. Companion never calls anyone: copy a number, or type it into your "
                "phone."
            )
        )
        self.supporters_heading.setText(self.tr("People I can reach"))
        self.supporters_empty.setText(
            self.tr(
                "No supporters are written down yet. When you feel like it, add the people you "
                "trust, with their phone numbers, in your crisis plan on the Plan page."
            )
        )
        self.open_supporters.setText(self.tr("Open my crisis plan"))
        self.breaking_empty.setText(
            self.tr(
                "Your plan for these moments is still empty. You can write it on the Plan page, "
                "a little at a time."
            )
        )
        self.open_breaking.setText(self.tr("Open this part of my plan"))
        self.lines_heading.setText(self.tr("Crisis lines"))
        self.lines_note.setText(
            self.tr(
                "Numbers and hours change, so each line shows when it was last checked. You can "
                "add, change or remove lines."
            )
        )
        self.lines_empty.setText(
            self.tr("No crisis lines in your list. You can add the ones you trust.")
        )
        self.add_line_button.setText(self.tr("Add a line…"))
        self.risk_heading.setText(self.tr("If someone I support may be at risk"))
        paragraphs = (
            self.tr(
                "Do not carry it alone. Talk to your group or your supervisor as soon as you can."
            ),
            self.tr("In an emergency, call 119 for an ambulance or 110 for the police."),
        )
        self.risk_text.setText("".join(f"<p>{html.escape(text)}</p>" for text in paragraphs))
        if self.isVisible():
            self.refresh()  # the starting lines follow the language until they are edited
        else:
            self._show()

    def _show(self) -> None:
        language = current_language()
        supporters = [e for e in self.plan.entries("crisis", "supporters") if not e.is_blank()]
        self.supporters_text.setText(self._supporters_html(supporters))
        self.supporters_text.setVisible(bool(supporters))
        self.supporters_empty.setVisible(not supporters)
        self.open_supporters.setVisible(not supporters)

        self.breaking_heading.setText(self.plan.heading("breaking_down", language))
        spec = section("breaking_down")
        parts = []
        for list_key in ("must_do", "might_do"):
            texts = [
                entry.text("text")
                for entry in self.plan.entries("breaking_down", list_key)
                if entry.text("text").strip()
            ]
            if texts:
                title = spec.list_spec(list_key).title.in_language(language)
                items = "".join(f"<li>{_lines_html(text)}</li>" for text in texts)
                parts.append(f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>")
        self.breaking_text.setText("".join(parts))
        self.breaking_text.setVisible(bool(parts))
        self.breaking_empty.setVisible(not parts)
        self.open_breaking.setVisible(not parts)

        _clear(self.lines_box)
        self.line_rows = []
        for index, line in enumerate(self.lines):
            row = CrisisLineRow(line, self)
            row.text.setText(self._line_html(line))
            row.edit_button.setText(self.tr("Edit…"))
            row.remove_button.setText(self.tr("Remove"))
            row.edit_button.clicked.connect(lambda _=False, at=index: self.edit_line(at))
            row.remove_button.clicked.connect(lambda _=False, at=index: self.remove_line(at))
            self.lines_box.addWidget(row)
            self.line_rows.append(row)
        self.lines_empty.setVisible(not self.lines)
        self.add_line_button.setEnabled(len(self.lines) < MAX_CRISIS_LINES)

    def _supporters_html(self, supporters: Iterable[Entry]) -> str:
        colon = "：" if current_language() == "ja" else ": "
        blocks = []
        for entry in supporters:
            name = entry.text("name").strip() or self.tr("(no name)")
            first = f"<b>{html.escape(name)}</b>"
            if entry.text("relationship").strip():
                first += f" · {html.escape(entry.text('relationship').strip())}"
            rows = [first]
            phone = entry.text("phone").strip()
            rows.append(
                html.escape(self.tr("Phone number") + colon)
                + (f"<b>{html.escape(phone)}</b>" if phone else html.escape(self.tr("not written")))
            )
            if entry.text("helps_with").strip():
                rows.append(
                    html.escape(self.tr("Helps with") + colon)
                    + _lines_html(entry.text("helps_with"))
                )
            blocks.append("<p>" + "<br>".join(rows) + "</p>")
        return "".join(blocks)

    def _line_html(self, line: CrisisLine) -> str:
        rows = [f"<b>{html.escape(line.name)}</b>"]
        if line.number:
            rows.append(f"<span style='font-size: large;'><b>{html.escape(line.number)}</b></span>")
        if line.notes:
            rows.append(_lines_html(line.notes))
        rows.append(html.escape(self.verified_text(line.last_verified)))
        return "<br>".join(rows)

    def verified_text(self, day: date | None) -> str:
        if day is None:
            return self.tr("Last checked: not yet")
        shown = day_text(day)
        return self.tr("Last checked: %1").replace("%1", shown)

    # --- editing the crisis lines -------------------------------------------------------
    def edit_line(self, index: int | None) -> None:
        """Add a line (`index` None) or change the one at `index`, in a small dialog."""
        line = None if index is None else self.lines[index]

        def save(new: CrisisLine, where: ProblemShown) -> bool:
            lines = list(self.lines)
            if index is None:
                lines.append(new)
            else:
                lines[index] = new
            return self._save(lines, where)

        self.line_dialog = CrisisLineDialog(line, save, self)
        self.line_dialog.show()

    def remove_line(self, index: int) -> None:
        line = self.lines[index]
        answer = QMessageBox.question(
            self,
            self.tr("Remove crisis line"),
            self.tr("Remove “%1” from your list?").replace("%1", line.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._save([kept for at, kept in enumerate(self.lines) if at != index], self.status)

    def _save(self, lines: list[CrisisLine], where: ProblemShown) -> bool:
        if not succeeded(lambda: self.services.help.save_crisis_lines(lines), where):
            return False
        self.lines = tuple(lines)
        self.status.setText(self.tr("Saved."))
        self._show()
        return True


def _lines_html(text: str) -> str:
    return "<br>".join(html.escape(part) for part in text.strip().splitlines())
