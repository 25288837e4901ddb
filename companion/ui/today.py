"""Today: a mood and energy check-in finished from the keyboard in seconds, and today's entries.

Keys: a digit picks the mood and moves on to energy; a digit picks energy and moves on to
sleep; Enter in the sleep field or Ctrl+Enter anywhere saves.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.clock import local_today
from companion.errors import InvalidEntry, StoreProblem
from companion.journal import MAX_NOTE_CHARS, CheckIn
from companion.scales import ENERGY_SCALE, MOOD_SCALE
from companion.store import Store
from companion.ui import operations
from companion.ui.checkin_table_model import CheckinTableModel
from companion.ui.messages import problem_text
from companion.ui.scale_picker import ScalePicker


class TodayPage(QWidget):
    """The check-in form above the list of today's check-ins."""

    saved = Signal(object)  # the CheckIn just stored

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._store: Store | None = None
        self._shown_day = local_today(zone)

        self.title = QLabel(self)
        self.title.setObjectName("todayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

        self.mood = ScalePicker(MOOD_SCALE, self)
        self.energy = ScalePicker(ENERGY_SCALE, self)
        self.sleep = QLineEdit(self)
        self.sleep.setObjectName("sleepHours")
        self.sleep.setMaximumWidth(120)
        self.sleep_unit = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.note.setMaximumHeight(140)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCheckin")
        self.save_button.setDefault(True)
        self.status = QLabel(self)
        self.status.setObjectName("checkinStatus")
        self.status.setWordWrap(True)

        self.mood_label = QLabel(self)
        self.energy_label = QLabel(self)
        self.sleep_label = QLabel(self)
        self.note_label = QLabel(self)
        self.mood_label.setBuddy(self.mood)
        self.energy_label.setBuddy(self.energy)
        self.sleep_label.setBuddy(self.sleep)
        self.note_label.setBuddy(self.note)

        sleep_row = QHBoxLayout()
        sleep_row.addWidget(self.sleep)
        sleep_row.addWidget(self.sleep_unit)
        sleep_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.mood_label, self.mood)
        form.addRow(self.energy_label, self.energy)
        form.addRow(self.sleep_label, sleep_row)
        form.addRow(self.note_label, self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        form.addRow("", buttons)

        self.list_title = QLabel(self)
        self.list_title.setObjectName("todayListTitle")
        bold = self.list_title.font()
        bold.setBold(True)
        self.list_title.setFont(bold)
        self.model = CheckinTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("todayTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.list_title)
        layout.addWidget(self.list_stack, 1)

        self.mood.picked.connect(lambda _step: self.energy.setFocus())
        self.energy.picked.connect(lambda _step: self.sleep.setFocus())
        self.sleep.returnPressed.connect(lambda: self.save())
        self.save_button.clicked.connect(lambda: self.save())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: self.save())
        self._midnight = QTimer(self)
        self._midnight.setInterval(60_000)
        self._midnight.timeout.connect(self._follow_the_date)
        self._midnight.start()
        self.retranslate()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.mood_label.setText(self.tr("&Mood:"))
        self.energy_label.setText(self.tr("&Energy:"))
        self.sleep_label.setText(self.tr("&Sleep:"))
        self.sleep_unit.setText(self.tr("hours last night (optional)"))
        self.sleep.setPlaceholderText(self.tr("e.g. 7.5"))
        self.note_label.setText(self.tr("N&ote:"))
        self.note.setPlaceholderText(
            self.tr("Anything you want to remember about today (optional)")
        )
        self.save_button.setText(self.tr("Save check-in"))
        shortcut = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(
            self.tr("Saves the check-in. Keys: Enter in the sleep field, or %1 anywhere.").replace(
                "%1", shortcut
            )
        )
        self.list_title.setText(self.tr("Today's check-ins"))
        self.empty.setText(
            self.tr("No check-ins yet today. They will appear here as you save them.")
        )
        self.mood.setAccessibleName(self.tr("Mood"))
        self.energy.setAccessibleName(self.tr("Energy"))
        self._update_title()
        self.model.refresh_language()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        shown = QDate(self._shown_day.year, self._shown_day.month, self._shown_day.day)
        day = QLocale().toString(shown, QLocale.FormatType.LongFormat)
        self.title.setText(self.tr("Today — %1").replace("%1", day))

    # --- data ---------------------------------------------------------------------------
    def attach(self, store: Store) -> None:
        self._store = store
        self.reload()

    def detach(self) -> None:
        """Forget the store and clear every value on screen (used when locking)."""
        self._store = None
        self.clear_form()
        self.status.clear()
        self.model.set_rows([])
        self.list_stack.setCurrentWidget(self.empty)

    def reload(self) -> None:
        if self._store is None:
            return
        self._shown_day = local_today(self.zone)
        self._update_title()
        try:
            rows = operations.todays_checkins(self._store, self.zone)
        except StoreProblem as problem:
            self.status.setText(problem_text(problem))
            return
        self.model.set_rows(rows)
        self.list_stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.scrollToBottom()

    def _follow_the_date(self) -> None:
        if local_today(self.zone) != self._shown_day:
            self.reload()

    # --- the form -----------------------------------------------------------------------
    def form(self) -> operations.CheckinForm:
        return operations.CheckinForm(
            mood=self.mood.value(),
            energy=self.energy.value(),
            sleep_text=self.sleep.text(),
            note=self.note.toPlainText(),
        )

    def restore_form(self, form: operations.CheckinForm) -> None:
        self.mood.set_value(form.mood)
        self.energy.set_value(form.energy)
        self.sleep.setText(form.sleep_text)
        self.note.setPlainText(form.note)

    def form_is_empty(self) -> bool:
        form = self.form()
        return form.mood is None and form.energy is None and not (form.sleep_text + form.note)

    def clear_form(self) -> None:
        self.restore_form(operations.CheckinForm(None, None, "", ""))

    def focus_first_field(self) -> None:
        self.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self, at: datetime | None = None) -> CheckIn | None:
        """Store what the form holds; on any problem keep every field as it was and say why."""
        if self._store is None:
            return None
        try:
            entry = operations.save_checkin(self._store, self.form(), self.zone, at=at)
        except InvalidEntry as problem:
            self._explain(problem)
            return None
        except StoreProblem as problem:
            self.status.setText(problem_text(problem))
            return None
        self.clear_form()
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.status.setText(self.tr("Saved at %1.").replace("%1", when))
        self.reload()
        self.focus_first_field()
        self.saved.emit(entry)
        return entry

    def _explain(self, problem: InvalidEntry) -> None:
        messages = {
            "mood": (
                self.tr("Choose a step for your mood (keys 1–%1).").replace(
                    "%1", str(self.mood.scale.steps)
                ),
                self.mood,
            ),
            "energy": (
                self.tr("Choose a step for your energy (keys 1–%1).").replace(
                    "%1", str(self.energy.scale.steps)
                ),
                self.energy,
            ),
            "sleep": (
                self.tr("Sleep is a number of hours between 0 and 24, such as 7.5."),
                self.sleep,
            ),
            "note": (
                self.tr(
                    "This note is longer than %1 characters, so it was not saved yet. "
                    "Your text is still here: shorten it or split it into two check-ins."
                ).replace("%1", QLocale().toString(MAX_NOTE_CHARS)),
                self.note,
            ),
        }
        text, widget = messages.get(
            problem.field, (self.tr("This check-in could not be saved as it is."), self.mood)
        )
        self.status.setText(text)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
