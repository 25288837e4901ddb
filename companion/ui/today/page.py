"""Today: a mood and energy check-in finished from the keyboard in seconds, and today's entries.

Keys: a digit picks the mood and moves on to energy; a digit picks energy and moves on to
sleep; Enter in the sleep field or Ctrl+Enter anywhere saves.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
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

from companion.clock import in_zone, local_today, localize
from companion.errors import InvalidEntry
from companion.journal.checkin import CheckIn
from companion.journal.scales import ENERGY_SCALE, MOOD_SCALE, scale_for
from companion.limits import (
    EARLIEST_DAY,
    FUTURE_ALLOWANCE,
    MAX_NOTE_CHARS,
    MAX_TAG_CHARS,
    NOT_VALID_TEXT,
)
from companion.services.journal import CheckinForm
from companion.services.store_services import StoreServices
from companion.ui.common.i18n import Retranslating
from companion.ui.common.operation import attempt, succeeded
from companion.ui.common.scale_picker import ScalePicker
from companion.ui.common.tag_picker import TagPicker
from companion.ui.today.checkin_table_model import CheckinTableModel
from companion.ui.today.nudge_banner import NudgeBanner


class TodayPage(Retranslating, QWidget):
    """The check-in form above the list of today's check-ins."""

    saved = Signal(object)  # the CheckIn just stored

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._services: StoreServices | None = None
        self._shown_day = local_today(zone)

        self.title = QLabel(self)
        self.title.setObjectName("todayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

        self.nudge = NudgeBanner(self)
        self.mood = ScalePicker(MOOD_SCALE, self)
        self.energy = ScalePicker(ENERGY_SCALE, self)
        self.tags = TagPicker(self)
        self.tags_label = QLabel(self)
        self.tags_label.setBuddy(self.tags.entry)
        self.earlier = QCheckBox(self)
        self.earlier.setObjectName("earlier")
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self._limit_when()
        self.when.setDateTime(self._now_here())
        self.when.setEnabled(False)
        self.when_label = QLabel(self)
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
        when_row = QHBoxLayout()
        when_row.addWidget(self.earlier)
        when_row.addWidget(self.when)
        when_row.addStretch(1)
        form = QFormLayout()
        self.form_layout = form
        form.addRow(self.mood_label, self.mood)
        form.addRow(self.energy_label, self.energy)
        form.addRow(self.sleep_label, sleep_row)
        form.addRow(self.tags_label, self.tags)
        form.addRow(self.note_label, self.note)
        form.addRow(self.when_label, when_row)
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
        layout.addWidget(self.nudge)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.list_title)
        layout.addWidget(self.list_stack, 1)

        self._connect_pickers()
        self._set_tab_order()
        self.earlier.toggled.connect(self._earlier_toggled)
        self.nudge.dismissed.connect(self._dismiss_nudge)
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
        self.tags_label.setText(self.tr("&Tags:"))
        self.when_label.setText(self.tr("When:"))
        self.earlier.setText(self.tr("Earlier, at"))
        self.earlier.setToolTip(self.tr("Log a check-in for an earlier time"))
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

    def _update_title(self) -> None:
        shown = QDate(self._shown_day.year, self._shown_day.month, self._shown_day.day)
        day = QLocale().toString(shown, QLocale.FormatType.LongFormat)
        self.title.setText(self.tr("Today — %1").replace("%1", day))

    # --- data ---------------------------------------------------------------------------
    def _connect_pickers(self) -> None:
        self.mood.picked.connect(lambda _step: self.energy.setFocus())
        self.energy.picked.connect(lambda _step: self.sleep.setFocus())

    def set_scales(self, mood_steps: int, energy_steps: int) -> None:
        """Use other scales from now on; entries already saved keep theirs."""
        for old, kind, steps in (
            (self.mood, "mood", mood_steps),
            (self.energy, "energy", energy_steps),
        ):
            if old.scale.steps == steps:
                continue
            scale = scale_for(kind, steps)
            assert scale is not None
            picker = ScalePicker(scale, self)
            picker.setAccessibleName(old.accessibleName())
            self.form_layout.replaceWidget(old, picker)
            old.deleteLater()
            if kind == "mood":
                self.mood = picker
                self.mood_label.setBuddy(picker)
            else:
                self.energy = picker
                self.energy_label.setBuddy(picker)
        self._connect_pickers()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain = [
            self.mood,
            self.energy,
            self.sleep,
            self.tags.entry,
            self.note,
            self.earlier,
            self.when,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def attach(self, services: StoreServices) -> None:
        self._services = services
        scales = attempt(services.settings.scales, self.status)
        if scales is not None:
            self.set_scales(*scales)
        self.refresh_tag_choices()
        self.reload()

    def refresh_tag_choices(self) -> None:
        if self._services is None:
            return
        journal = self._services.journal
        choices = attempt(lambda: (journal.plan_tags(), journal.tag_labels()), self.status)
        if choices is not None:
            self.tags.set_choices(*choices)

    def refresh_nudge(self) -> None:
        if self._services is None:
            self.nudge.show_nudge(None)
            return
        journal = self._services.journal
        # A nudge that cannot be worked out is simply not shown; the status line stays free.
        self.nudge.show_nudge(attempt(lambda: journal.todays_nudge(self.zone), lambda _text: None))

    def _dismiss_nudge(self) -> None:
        if self._services is not None:
            journal = self._services.journal
            succeeded(lambda: journal.dismiss_nudge(self.zone), self.status)

    def _now_here(self, ahead: timedelta = timedelta(0)) -> QDateTime:
        """Now (plus `ahead`), on the wall clock of the person's zone, which the time field
        speaks in."""
        local = datetime.now(ZoneInfo(self.zone)) + ahead
        return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))

    def _limit_when(self) -> None:
        """The time field offers only what a check-in may have: from 1900 to one day ahead."""
        earliest = QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day)
        self.when.setDateTimeRange(
            QDateTime(earliest, QTime(0, 0)), self._now_here(FUTURE_ALLOWANCE)
        )

    def _earlier_toggled(self, on: bool) -> None:
        self.when.setEnabled(on)
        if on:
            self._limit_when()
            self.when.setDateTime(self._now_here())
            self.when.setFocus()

    def detach(self) -> None:
        """Forget the store and clear every value on screen (used when locking)."""
        self._services = None
        self.clear_form()
        self.status.clear()
        self.nudge.show_nudge(None)
        self.tags.set_choices([], [])
        self.model.set_rows([])
        self.list_stack.setCurrentWidget(self.empty)

    def reload(self) -> None:
        if self._services is None:
            return
        self._shown_day = local_today(self.zone)
        self._update_title()
        journal = self._services.journal
        rows = attempt(lambda: journal.todays(self.zone), self.status)
        if rows is None:
            return
        self.model.set_rows(rows)
        self.list_stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.scrollToBottom()
        self.refresh_nudge()

    def _follow_the_date(self) -> None:
        self._limit_when()
        if local_today(self.zone) != self._shown_day:
            self.reload()

    # --- the form -----------------------------------------------------------------------
    def form(self) -> CheckinForm:
        at = None
        if self.earlier.isChecked():
            moment = self.when.dateTime().toPython()
            assert isinstance(moment, datetime)
            at = localize(moment.replace(second=0, microsecond=0), ZoneInfo(self.zone), "when")
        return CheckinForm(
            mood=self.mood.value(),
            energy=self.energy.value(),
            sleep_text=self.sleep.text(),
            note=self.note.toPlainText(),
            tags=self.tags.tags(),
            at=at,
            mood_steps=self.mood.scale.steps,
            energy_steps=self.energy.scale.steps,
        )

    def restore_form(self, form: CheckinForm) -> None:
        self.mood.set_value(form.mood if form.mood_steps == self.mood.scale.steps else None)
        self.energy.set_value(form.energy if form.energy_steps == self.energy.scale.steps else None)
        self.sleep.setText(form.sleep_text)
        self.note.setPlainText(form.note)
        self.tags.set_tags(form.tags)
        self.earlier.setChecked(form.at is not None)
        self._limit_when()
        if form.at is None:
            self.when.setDateTime(self._now_here())
        else:
            local = in_zone(form.at, self.zone).replace(tzinfo=None)
            self.when.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                )
            )

    def form_is_empty(self) -> bool:
        return (
            self.mood.value() is None
            and self.energy.value() is None
            and not (self.sleep.text() + self.note.toPlainText())
            and not self.tags.tags()
        )

    def clear_form(self) -> None:
        self.restore_form(CheckinForm(None, None, "", ""))

    def focus_first_field(self) -> None:
        self.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self, at: datetime | None = None) -> CheckIn | None:
        """Store what the form holds; on any problem keep every field as it was and say why."""
        if self._services is None:
            return None
        journal = self._services.journal
        try:
            entry = attempt(lambda: journal.save(self.form(), self.zone, at=at), self.status)
        except InvalidEntry as problem:
            self._explain(problem)
            return None
        if entry is None:
            return None
        self.refresh_tag_choices()
        self.clear_form()
        when = QLocale().toString(self._now_here().time(), QLocale.FormatType.ShortFormat)
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
            "when": (
                self.tr("That time does not exist here: the clocks changed. Pick another time."),
                self.when,
            ),
            "at": (
                self.tr(
                    "A check-in can be dated from %1 up to one day from now. Pick another time."
                ).replace("%1", EARLIEST_DAY.isoformat()),
                self.when,
            ),
            "tag": (
                self.tr("A tag can be at most %1 characters.").replace(
                    "%1", QLocale().toString(MAX_TAG_CHARS)
                ),
                self.tags.entry,
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
        if problem.problem == NOT_VALID_TEXT:
            text = self.tr("This text holds a character that cannot be saved; please retype it.")
        self.status.setText(text)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
