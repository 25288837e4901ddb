"""Reminder settings: which reminders are on and when, and the reminders the person makes.

Everything is off until the person turns it on. Bad input is refused with a message naming the
field and the field gets the focus; the dialog stays open, so nothing typed is lost.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.errors import InvalidEntry
from companion.limits import MAX_PERSONAL_REMINDERS, MAX_REMINDER_TEXT_CHARS
from companion.reminders.model import (
    BACKUP_AGE_DAYS,
    WEEKDAYS,
    PersonalReminder,
    ReminderSettings,
    Repeat,
)
from companion.services.reminders import ReminderService
from companion.ui.common.design import date_edit_format
from companion.ui.common.i18n import Retranslating
from companion.ui.common.local_text import clock_text, day_text
from companion.ui.common.operation import attempt, succeeded

TIME_FORMAT = "HH:mm"


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def weekday_name(day: int) -> str:
    """Monday is 0 (as `date.weekday()`); Qt counts Monday as 1."""
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def time_edit(parent: QWidget, name: str) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


class WeekdayPicker(QWidget):
    """Seven checkboxes, Monday first."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.boxes = [QCheckBox(self) for _ in WEEKDAYS]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for day, box in zip(WEEKDAYS, self.boxes, strict=True):
            box.setObjectName(f"{name}{day}")
            row.addWidget(box)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for day, box in zip(WEEKDAYS, self.boxes, strict=True):
            box.setText(weekday_name(day))

    def days(self) -> tuple[int, ...]:
        return tuple(day for day, box in zip(WEEKDAYS, self.boxes, strict=True) if box.isChecked())

    def set_days(self, days: tuple[int, ...]) -> None:
        for day, box in zip(WEEKDAYS, self.boxes, strict=True):
            box.setChecked(day in days)


class PersonalReminderDialog(Retranslating, QDialog):
    """Make or change one reminder of the person's own."""

    def __init__(
        self,
        reminder: PersonalReminder | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personalReminderDialog")
        self.setMinimumWidth(460)
        self.original = reminder
        self.result_reminder: PersonalReminder | None = None
        self.text = QLineEdit(self)
        self.text.setObjectName("reminderTextField")
        self.text.setMaxLength(MAX_REMINDER_TEXT_CHARS)
        self.at = time_edit(self, "reminderTime")
        self.repeat = QComboBox(self)
        self.repeat.setObjectName("reminderRepeat")
        for repeat in Repeat:
            self.repeat.addItem("", repeat)
        self.on_day = QDateEdit(self)
        self.on_day.setObjectName("reminderDay")
        self.on_day.setCalendarPopup(True)
        self.on_day.setDisplayFormat(date_edit_format())
        self.weekdays = WeekdayPicker("reminderWeekdays", self)
        self.on = QCheckBox(self)
        self.on.setObjectName("reminderOn")
        self.text_label, self.at_label, self.repeat_label = QLabel(self), QLabel(self), QLabel(self)
        self.day_label, self.weekdays_label = QLabel(self), QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("reminderError")
        self.error.setWordWrap(True)
        for label, field in (
            (self.text_label, self.text),
            (self.at_label, self.at),
            (self.repeat_label, self.repeat),
            (self.day_label, self.on_day),
        ):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.text_label, self.text)
        form.addRow(self.note)
        form.addRow(self.at_label, self.at)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow(self.day_label, self.on_day)
        form.addRow(self.weekdays_label, self.weekdays)
        form.addRow(self.on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("reminderOk")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.repeat.currentIndexChanged.connect(self._show_schedule_fields)

        if reminder is None:
            self.at.setTime(QTime(9, 0))
            self.on_day.setDate(QDate(today.year, today.month, today.day))
            self.on.setChecked(True)
        else:
            self.text.setText(reminder.text)
            self.at.setTime(_qtime(reminder.at))
            self.repeat.setCurrentIndex(self.repeat.findData(reminder.repeat))
            shown_day = reminder.on_day or today
            self.on_day.setDate(QDate(shown_day.year, shown_day.month, shown_day.day))
            self.weekdays.set_days(reminder.weekdays)
            self.on.setChecked(reminder.on)
        self._show_schedule_fields()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A reminder of your own"))
        self.text_label.setText(self.tr("Words:"))
        self.note.setText(
            self.tr(
                "Your words are shown only inside Companion once it is unlocked. A desktop "
                'notification says only "A reminder you set".'
            )
        )
        self.at_label.setText(self.tr("Time:"))
        self.repeat_label.setText(self.tr("Comes:"))
        for index, text in enumerate(
            (self.tr("once"), self.tr("every day"), self.tr("every week, on"))
        ):
            self.repeat.setItemText(index, text)
        self.day_label.setText(self.tr("Day:"))
        self.weekdays_label.setText(self.tr("Weekdays:"))
        self.on.setText(self.tr("On"))
        self.weekdays.retranslate()

    def _show_schedule_fields(self) -> None:
        repeat = Repeat(self.repeat.currentData())  # Qt hands the enum back as its str value
        for label, field, shown in (
            (self.day_label, self.on_day, repeat is Repeat.ONCE),
            (self.weekdays_label, self.weekdays, repeat is Repeat.WEEKLY),
        ):
            label.setVisible(shown)
            field.setVisible(shown)
        self.adjustSize()

    def reminder(self) -> PersonalReminder:
        """What the fields hold; InvalidEntry naming the field if it cannot be saved."""
        text = self.text.text().strip()
        if not text:
            raise InvalidEntry("text", "empty")
        repeat = Repeat(self.repeat.currentData())
        picked = self.on_day.date()
        return PersonalReminder(
            id=self.original.id if self.original is not None else uuid.uuid4().hex[:16],
            text=text,
            at=_time(self.at.time()),
            repeat=repeat,
            on_day=date(picked.year(), picked.month(), picked.day())
            if repeat is Repeat.ONCE
            else None,
            weekdays=self.weekdays.days() if repeat is Repeat.WEEKLY else (),
            on=self.on.isChecked(),
        )

    def accept_if_valid(self) -> None:
        try:
            self.result_reminder = self.reminder()
        except InvalidEntry as problem:
            self._explain(problem)
            return
        self.accept()

    def _explain(self, problem: InvalidEntry) -> None:
        if problem.field == "weekdays":
            self.error.setText(self.tr("Choose at least one weekday for a weekly reminder."))
            self.weekdays.boxes[0].setFocus()
        elif problem.field == "on_day":
            self.error.setText(self.tr("Choose the day for a reminder that comes once."))
            self.on_day.setFocus()
        else:
            self.error.setText(
                self.tr("Write a few words for the reminder (at most %1 characters).").replace(
                    "%1", str(MAX_REMINDER_TEXT_CHARS)
                )
            )
            self.text.setFocus()


class RemindersDialog(Retranslating, QDialog):
    """Which reminders are on, and the person's own; saved together."""

    def __init__(
        self, reminders: ReminderService, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = reminders
        self.today = today
        self.setObjectName("remindersDialog")
        self.setMinimumWidth(560)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.builtin_box = QGroupBox(self)
        self.check_in_on = QCheckBox(self)
        self.check_in_on.setObjectName("checkInOn")
        self.check_in_at = time_edit(self, "checkInAt")
        self.hours_start_on = QCheckBox(self)
        self.hours_start_on.setObjectName("hoursStartOn")
        self.hours_end_on = QCheckBox(self)
        self.hours_end_on.setObjectName("hoursEndOn")
        self.weekly_review_on = QCheckBox(self)
        self.weekly_review_on.setObjectName("weeklyReviewOn")
        self.weekly_review_day = QComboBox(self)
        self.weekly_review_day.setObjectName("weeklyReviewDay")
        for day in WEEKDAYS:
            self.weekly_review_day.addItem("", day)
        self.weekly_review_at = time_edit(self, "weeklyReviewAt")
        self.rest_days_on = QCheckBox(self)
        self.rest_days_on.setObjectName("restDaysOn")
        self.rest_days = WeekdayPicker("restDays", self)
        self.rest_day_at = time_edit(self, "restDayAt")
        self.supervision_on = QCheckBox(self)
        self.supervision_on.setObjectName("supervisionOn")
        self.supervision_note = QLabel(self)
        self.supervision_note.setWordWrap(True)
        self.backup_on = QCheckBox(self)
        self.backup_on.setObjectName("backupOn")
        self.rest_at_label = QLabel(self)
        grid = QGridLayout(self.builtin_box)
        grid.addWidget(self.check_in_on, 0, 0)
        grid.addWidget(self.check_in_at, 0, 1)
        grid.addWidget(self.hours_start_on, 1, 0, 1, 3)
        grid.addWidget(self.hours_end_on, 2, 0, 1, 3)
        grid.addWidget(self.weekly_review_on, 3, 0)
        grid.addWidget(self.weekly_review_day, 3, 1)
        grid.addWidget(self.weekly_review_at, 3, 2)
        grid.addWidget(self.rest_days_on, 4, 0)
        grid.addWidget(self.rest_at_label, 4, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.rest_day_at, 4, 2)
        grid.addWidget(self.rest_days, 5, 0, 1, 3)
        grid.addWidget(self.supervision_on, 6, 0, 1, 3)
        grid.addWidget(self.supervision_note, 7, 0, 1, 4)
        grid.addWidget(self.backup_on, 8, 0, 1, 4)
        grid.setColumnStretch(3, 1)

        self.personal_box = QGroupBox(self)
        self.personal_list = QListWidget(self)
        self.personal_list.setObjectName("personalReminders")
        self.personal_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addReminder")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editReminder")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeReminder")
        personal_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            personal_buttons.addWidget(button)
        personal_buttons.addStretch(1)
        personal = QVBoxLayout(self.personal_box)
        personal.addWidget(self.personal_list)
        personal.addLayout(personal_buttons)

        self.error = QLabel(self)
        self.error.setObjectName("remindersError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveReminders")
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.builtin_box)
        layout.addWidget(self.personal_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_personal)
        self.edit_button.clicked.connect(self.edit_personal)
        self.remove_button.clicked.connect(self.remove_personal)
        self.personal_list.itemDoubleClicked.connect(lambda _item: self.edit_personal())
        self.personal_list.currentRowChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for box in (
            self.check_in_on,
            self.weekly_review_on,
            self.rest_days_on,
        ):
            box.toggled.connect(self._update_enabled)

        self.wanted = ReminderSettings()
        self.personal: list[PersonalReminder] = []
        self.editor: PersonalReminderDialog | None = None
        self.load()
        self.retranslate()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reminders"))
        self.intro.setText(
            self.tr(
                "Every reminder is off until you turn it on. Reminders appear on Today and, "
                "where the desktop allows, as a notification that names only the kind of "
                "reminder, never your own words."
            )
        )
        self.builtin_box.setTitle(self.tr("When Companion reminds you"))
        self.check_in_on.setText(self.tr("Daily check-in at"))
        self.hours_start_on.setText(self.tr("When my activity hours start"))
        self.hours_end_on.setText(
            self.tr('When my activity hours end ("it is fine to switch off")')
        )
        self.weekly_review_on.setText(self.tr("Weekly review on"))
        for index in range(self.weekly_review_day.count()):
            self.weekly_review_day.setItemText(index, weekday_name(index))
        self.rest_days_on.setText(self.tr("Rest days, on the days below"))
        self.rest_at_label.setText(self.tr("at"))
        self.check_in_at.setAccessibleName(self.tr("Time of the daily check-in reminder"))
        self.weekly_review_day.setAccessibleName(self.tr("Day of the weekly review"))
        self.weekly_review_at.setAccessibleName(self.tr("Time of the weekly review reminder"))
        self.rest_day_at.setAccessibleName(self.tr("Time of the rest day reminder"))
        self.rest_days.retranslate()
        self.supervision_on.setText(self.tr("On the morning of my next supervision"))
        self.supervision_note.setText(
            self.tr("The date comes from the next supervision you note in the supervision log.")
        )
        self.backup_on.setText(
            self.tr("When my last backup outside the data folder is over %1 days old").replace(
                "%1", str(BACKUP_AGE_DAYS)
            )
        )
        self.personal_box.setTitle(self.tr("Your own reminders"))
        self.personal_list.setAccessibleName(self.tr("Your own reminders"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self._fill_personal_list()

    # --- loading and showing ------------------------------------------------------------
    def load(self) -> None:
        found = attempt(lambda: (self.service.wanted(), self.service.personal()), self.error)
        if found is None:
            self.save_button.setEnabled(False)  # nothing shown to save over what is stored
            found = (ReminderSettings(), ())
        self.wanted, personal = found
        self.personal = list(personal)
        wanted = self.wanted
        self.check_in_on.setChecked(wanted.check_in_on)
        self.check_in_at.setTime(_qtime(wanted.check_in_at))
        self.hours_start_on.setChecked(wanted.hours_start_on)
        self.hours_end_on.setChecked(wanted.hours_end_on)
        self.weekly_review_on.setChecked(wanted.weekly_review_on)
        self.weekly_review_day.setCurrentIndex(wanted.weekly_review_day)
        self.weekly_review_at.setTime(_qtime(wanted.weekly_review_at))
        self.rest_days_on.setChecked(wanted.rest_days_on)
        self.rest_days.set_days(wanted.rest_days)
        self.rest_day_at.setTime(_qtime(wanted.rest_day_at))
        self.supervision_on.setChecked(wanted.supervision_on)
        self.backup_on.setChecked(wanted.backup_on)
        self._fill_personal_list()
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.check_in_at.setEnabled(self.check_in_on.isChecked())
        self.weekly_review_day.setEnabled(self.weekly_review_on.isChecked())
        self.weekly_review_at.setEnabled(self.weekly_review_on.isChecked())
        self.rest_days.setEnabled(self.rest_days_on.isChecked())
        self.rest_day_at.setEnabled(self.rest_days_on.isChecked())

    def _describe(self, reminder: PersonalReminder) -> str:
        clock = clock_text(reminder.at)
        if reminder.repeat is Repeat.ONCE and reminder.on_day is not None:
            when = day_text(reminder.on_day)
            schedule = self.tr("once, %1 at %2").replace("%1", when).replace("%2", clock)
        elif reminder.repeat is Repeat.WEEKLY:
            days = " ".join(weekday_name(day) for day in reminder.weekdays)
            schedule = self.tr("every %1 at %2").replace("%1", days).replace("%2", clock)
        else:
            schedule = self.tr("every day at %1").replace("%1", clock)
        off = "" if reminder.on else self.tr(" (off)")
        return f"{reminder.text} — {schedule}{off}"

    def _fill_personal_list(self) -> None:
        row = self.personal_list.currentRow()
        self.personal_list.clear()
        for reminder in self.personal:
            QListWidgetItem(self._describe(reminder), self.personal_list)
        if self.personal:
            self.personal_list.setCurrentRow(min(max(row, 0), len(self.personal) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.personal_list.currentRow() >= 0
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.add_button.setEnabled(len(self.personal) < MAX_PERSONAL_REMINDERS)

    # --- the person's own reminders -----------------------------------------------------
    def add_personal(self) -> None:
        self._open_editor(None)

    def edit_personal(self) -> None:
        row = self.personal_list.currentRow()
        if 0 <= row < len(self.personal):
            self._open_editor(self.personal[row])

    def _open_editor(self, reminder: PersonalReminder | None) -> None:
        self.editor = PersonalReminderDialog(reminder, self.today, self)
        self.editor.accepted.connect(self._editor_done)
        self.editor.open()

    def _editor_done(self) -> None:
        editor = self.editor
        if editor is None or editor.result_reminder is None:
            return
        made = editor.result_reminder
        for index, kept in enumerate(self.personal):
            if kept.id == made.id:
                self.personal[index] = made
                break
        else:
            self.personal.append(made)
        self._fill_personal_list()
        self.personal_list.setCurrentRow(
            next(i for i, kept in enumerate(self.personal) if kept.id == made.id)
        )
        self.editor = None
        editor.deleteLater()

    def remove_personal(self) -> None:
        row = self.personal_list.currentRow()
        if 0 <= row < len(self.personal):
            del self.personal[row]
            self._fill_personal_list()

    # --- saving -------------------------------------------------------------------------
    def chosen(self) -> ReminderSettings:
        """What the fields hold; InvalidEntry naming the field if it cannot be saved."""
        rest_days = self.rest_days.days()
        if self.rest_days_on.isChecked() and not rest_days:
            raise InvalidEntry("rest_days", "empty")
        return replace(
            self.wanted,
            check_in_on=self.check_in_on.isChecked(),
            check_in_at=_time(self.check_in_at.time()),
            hours_start_on=self.hours_start_on.isChecked(),
            hours_end_on=self.hours_end_on.isChecked(),
            weekly_review_on=self.weekly_review_on.isChecked(),
            weekly_review_day=int(self.weekly_review_day.currentData()),
            weekly_review_at=_time(self.weekly_review_at.time()),
            rest_days_on=self.rest_days_on.isChecked(),
            rest_days=rest_days,
            rest_day_at=_time(self.rest_day_at.time()),
            supervision_on=self.supervision_on.isChecked(),
            backup_on=self.backup_on.isChecked(),
        )

    def save(self) -> bool:
        try:
            wanted = self.chosen()
        except InvalidEntry:
            self.error.setText(self.tr("Choose at least one rest day, or turn rest days off."))
            self.rest_days.boxes[0].setFocus()
            return False
        personal = tuple(self.personal)

        def save() -> None:
            self.service.save_wanted(wanted)
            self.service.save_personal(personal)

        try:
            if not succeeded(save, self.error):
                return False
        except InvalidEntry:  # more reminders than may be kept (the Add button stops that)
            self.error.setText(
                self.tr("At most %1 reminders of your own.").replace(
                    "%1", str(MAX_PERSONAL_REMINDERS)
                )
            )
            return False
        self.accept()
        return True
