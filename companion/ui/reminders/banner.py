"""Reminders on Today: a calm line for each due one, and once a summary of missed ones."""

from __future__ import annotations

import html
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.reminders.engine import MissedSummary, Occurrence
from companion.reminders.model import ReminderKind
from companion.ui.common.design import Spacing
from companion.ui.common.i18n import Retranslating
from companion.ui.common.message_line import INFO, MessageLine
from companion.ui.reminders.wording import banner_text, missed_title


def _line(occurrence: Occurrence, zone: str) -> str:
    local = occurrence.due_utc.astimezone(ZoneInfo(zone))
    when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    text = banner_text(occurrence)
    if occurrence.kind in (ReminderKind.HOURS_START, ReminderKind.HOURS_END) and occurrence.detail:
        text = f"{text} ({occurrence.detail})"
    return f"{when} — {text}"


class ReminderLine(Retranslating, QFrame):
    """One due reminder, with a button to put it away."""

    dismissed = Signal(object)  # the Occurrence

    def __init__(self, occurrence: Occurrence, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurrence = occurrence
        self.zone = zone
        self.setObjectName("reminderLine")
        self.text = MessageLine(self)  # a calm banner: the info icon, its colour, the words
        self.text.setObjectName("reminderText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("dismissReminder")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(Spacing.SMALL)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.dismiss_button.clicked.connect(lambda: self.dismissed.emit(self.occurrence))
        self.retranslate()

    def retranslate(self) -> None:
        self.text.say(_line(self.occurrence, self.zone), INFO)
        self.dismiss_button.setText(self.tr("Got it"))
        self.dismiss_button.setToolTip(self.tr("Put this reminder away"))


class MissedLine(Retranslating, QFrame):
    """Reminders that came while Companion was closed or locked: one title, one short list."""

    dismissed = Signal()

    def __init__(self, summary: MissedSummary, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.zone = zone
        self.setObjectName("missedReminders")
        self.text = MessageLine(self)  # a calm banner: the info icon, its colour, the words
        self.text.setObjectName("missedText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("dismissMissed")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(Spacing.SMALL)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.dismiss_button.clicked.connect(self.dismissed)
        self.retranslate()

    def retranslate(self) -> None:
        zone = ZoneInfo(self.zone)
        items = []
        for occurrence in self.summary.occurrences:
            local = occurrence.due_utc.astimezone(zone)
            clock = QLocale().toString(
                QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
            )
            day = QLocale().toString(
                QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
            )
            text = html.escape(f"{day} {clock} — {banner_text(occurrence)}")
            items.append(f"<li>{text}</li>")
        self.text.say(
            f"<b>{html.escape(missed_title(self.summary))}</b><ul style='margin: 0'>"
            + "".join(items)
            + "</ul>",
            INFO,
        )
        self.dismiss_button.setText(self.tr("Got it"))
        self.dismiss_button.setToolTip(self.tr("Put these reminders away"))


class ReminderBanner(QWidget):
    """The reminders shown on Today: due ones, and at most one missed summary."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.zone = zone
        self.lines: list[ReminderLine] = []
        self.missed: MissedLine | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.hide()

    @property
    def occurrences(self) -> tuple[Occurrence, ...]:
        return tuple(line.occurrence for line in self.lines)

    def texts(self) -> list[str]:
        """What the banner says, line by line (the missed summary last)."""
        shown = [line.text.text() for line in self.lines]
        if self.missed is not None:
            shown.append(self.missed.text.text())
        return shown

    def add_due(self, occurrences: Sequence[Occurrence]) -> None:
        known = set(self.occurrences)
        for occurrence in occurrences:
            if occurrence in known:
                continue
            line = ReminderLine(occurrence, self.zone, self)
            line.dismissed.connect(self._dismiss)
            self._layout.insertWidget(len(self.lines), line)
            self.lines.append(line)
        self._update_visibility()

    def show_missed(self, summary: MissedSummary) -> None:
        if self.missed is not None:  # a newer summary replaces the older one
            self._drop_missed()
        self.missed = MissedLine(summary, self.zone, self)
        self.missed.dismissed.connect(self._drop_missed)
        self._layout.addWidget(self.missed)
        self._update_visibility()

    def keep_only(self, relevant: Sequence[Occurrence]) -> None:
        """Drop the due lines that are no longer relevant (today's check-in is written)."""
        keep = set(relevant)
        for line in [line for line in self.lines if line.occurrence not in keep]:
            self._remove(line)
        self._update_visibility()

    def clear(self) -> None:
        for line in list(self.lines):
            self._remove(line)
        self._drop_missed()

    def _dismiss(self, occurrence: Occurrence) -> None:
        for line in [line for line in self.lines if line.occurrence == occurrence]:
            self._remove(line)
        self._update_visibility()

    def _remove(self, line: ReminderLine) -> None:
        self.lines.remove(line)
        self._layout.removeWidget(line)
        line.hide()
        line.deleteLater()

    def _drop_missed(self) -> None:
        if self.missed is not None:
            self._layout.removeWidget(self.missed)
            self.missed.hide()
            self.missed.deleteLater()
            self.missed = None
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(bool(self.lines) or self.missed is not None)
