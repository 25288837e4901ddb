"""Edit one saved check-in: its steps (on the scale it was recorded on), sleep, tags, note, time."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.clock import localize
from companion.errors import InvalidEntry
from companion.journal.checkin import CheckIn, Tag, new_checkin, parse_sleep_hours
from companion.journal.scales import DEFAULT_STEPS, scale_for
from companion.limits import EARLIEST_DAY, FUTURE_ALLOWANCE, NOT_VALID_TEXT, moment_in_range
from companion.ui.common.i18n import Retranslating
from companion.ui.common.scale_picker import ScalePicker
from companion.ui.common.tag_picker import TagPicker


class CheckinEditDialog(Retranslating, QDialog):
    """`edited()` gives the changed check-in (same id) once the person saves."""

    def __init__(
        self,
        entry: CheckIn,
        plan_tags: list[Tag],
        free_labels: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.result_entry: CheckIn | None = None
        self.setObjectName("checkinEdit")
        self.setMinimumWidth(640)
        mood_scale = scale_for("mood", entry.mood.steps)
        # An entry without energy (imported from Daylio) may stay without: the picker starts
        # empty on the default scale, and picking a step records one.
        energy_steps = DEFAULT_STEPS if entry.energy is None else entry.energy.steps
        energy_scale = scale_for("energy", energy_steps)
        assert mood_scale is not None and energy_scale is not None
        self.mood = ScalePicker(mood_scale, self)
        self.mood.set_value(entry.mood.step)
        self.energy = ScalePicker(energy_scale, self)
        self.energy.set_value(None if entry.energy is None else entry.energy.step)
        self.sleep = QLineEdit(self)
        self.sleep.setText("" if entry.sleep_hours is None else f"{entry.sleep_hours:g}")
        self.tags = TagPicker(self)
        self.tags.set_choices(plan_tags, free_labels)
        self.tags.set_tags(entry.tags)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlainText(entry.note)
        local = entry.local_time()
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        latest = datetime.now(ZoneInfo(entry.zone)) + FUTURE_ALLOWANCE
        self.when.setDateTimeRange(
            QDateTime(QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day), QTime(0, 0)),
            QDateTime(
                QDate(latest.year, latest.month, latest.day), QTime(latest.hour, latest.minute)
            ),
        )
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        # A time stored before dates were checked may lie outside what the field can show:
        # say so, and save only once the person has chosen the right time.
        self.time_needs_choosing = not moment_in_range(entry.at, entry.zone)
        self.when.dateTimeChanged.connect(self._time_chosen)
        self.labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (self.mood, self.energy, self.sleep, self.tags, self.note, self.when),
            strict=True,
        ):
            form.addRow(label, field)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveEdit")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        if self.time_needs_choosing:
            self.error.setText(self._stored_time_text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit check-in"))
        texts = (
            self.tr("Mood:"),
            self.tr("Energy:"),
            self.tr("Sleep (hours):"),
            self.tr("Tags:"),
            self.tr("Note:"),
            self.tr("When (%1):").replace("%1", self.entry.zone),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("Save changes"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _time_chosen(self) -> None:
        self.time_needs_choosing = False

    def _stored_time_text(self) -> str:
        return (
            self.tr(
                "This entry is dated %1, outside the dates a check-in can have (from %2 up to "
                "one day from now). Choose its right time, then save."
            )
            .replace("%1", self.entry.local_time().isoformat(sep=" ", timespec="minutes"))
            .replace("%2", EARLIEST_DAY.isoformat())
        )

    def save(self) -> None:
        mood, energy = self.mood.value(), self.energy.value()
        if mood is None or (energy is None and self.entry.energy is not None):
            self.error.setText(self.tr("Choose a step for both mood and energy."))
            return
        if self.time_needs_choosing:
            self.error.setText(self._stored_time_text())
            self.when.setFocus()
            return
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime)
        try:
            at = localize(moment.replace(second=0, microsecond=0), ZoneInfo(self.entry.zone))
            edited = new_checkin(
                at=at,
                zone=self.entry.zone,
                mood=mood,
                energy=energy,
                sleep_hours=parse_sleep_hours(self.sleep.text()),
                note=self.note.toPlainText(),
                mood_steps=self.entry.mood.steps,
                energy_steps=self.energy.scale.steps,
                tags=self.tags.tags(),
            )
        except InvalidEntry as problem:
            self.error.setText(self._explain(problem))
            return
        self.result_entry = replace(edited, id=self.entry.id)
        self.accept()

    def _explain(self, problem: InvalidEntry) -> str:
        if problem.problem == NOT_VALID_TEXT:
            return self.tr("This text holds a character that cannot be saved; please retype it.")
        if problem.field == "sleep":
            return self.tr("Sleep is a number of hours between 0 and 24, such as 7.5.")
        if problem.field == "note":
            return self.tr("This note is too long to save; your text is still here.")
        if problem.field in ("time", "when"):
            return self.tr("That time does not exist here: the clocks changed.")
        if problem.field == "at":
            return self.tr(
                "A check-in can be dated from %1 up to one day from now. Pick another time."
            ).replace("%1", EARLIEST_DAY.isoformat())
        return self.tr("This check-in could not be saved as it is.")
