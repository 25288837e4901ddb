"""Edit one saved check-in: its steps (on the scale it was recorded on), sleep, tags, note, time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.errors import InvalidEntry
from companion.journal.checkin import CheckIn, Tag, new_checkin, parse_sleep_hours
from companion.journal.scales import DEFAULT_STEPS
from companion.limits import EARLIEST_DAY, moment_in_range
from companion.services.journal import CheckinForm
from companion.ui.common.checkin_form import CheckinFormFields, CheckinFormWidget
from companion.ui.common.i18n import Retranslating
from companion.ui.common.local_text import day_text, moment_text


class CheckinEditDialog(CheckinFormFields, Retranslating, QDialog):
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
        self.checkin_form = CheckinFormWidget(entry.zone, backdating=False, parent=self)
        # An entry without energy (imported from Daylio) may stay without: the picker starts
        # empty on the default scale, and picking a step records one.
        energy_steps = DEFAULT_STEPS if entry.energy is None else entry.energy.steps
        self.checkin_form.set_scales(entry.mood.steps, energy_steps)
        self.checkin_form.set_tag_choices(plan_tags, free_labels)
        self.checkin_form.set_draft(
            CheckinForm(
                mood=entry.mood.step,
                energy=None if entry.energy is None else entry.energy.step,
                sleep_text="" if entry.sleep_hours is None else f"{entry.sleep_hours:g}",
                note=entry.note,
                tags=entry.tags,
                at=entry.at,
                mood_steps=entry.mood.steps,
                energy_steps=energy_steps,
            )
        )
        # A time stored before dates were checked may lie outside what the field can show:
        # say so, and save only once the person has chosen the right time.
        self.time_needs_choosing = not moment_in_range(entry.at, entry.zone)
        self.when.dateTimeChanged.connect(self._time_chosen)
        self.error = QLabel(self)
        self.error.setObjectName("editError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveEdit")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checkin_form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.checkin_form.submitted.connect(self.save)
        self.retranslate()
        if self.time_needs_choosing:
            self.error.setText(self._stored_time_text())
        # As wide as the step names want on one line, within reason; never narrower than the
        # layout's minimum, where the names wrap (the dialog has no fixed minimum of its own).
        hint = self.sizeHint()
        self.resize(max(min(hint.width(), 760), self.minimumSizeHint().width()), hint.height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit check-in"))

    def _time_chosen(self) -> None:
        self.time_needs_choosing = False

    def _stored_time_text(self) -> str:
        return (
            self.tr(
                "This entry is dated %1, outside the dates a check-in can have (from %2 up to "
                "one day from now). Choose its right time, then save."
            )
            .replace("%1", moment_text(self.entry.local_time()))
            .replace("%2", day_text(EARLIEST_DAY))
        )

    def save(self) -> None:
        if self.result_entry is not None:
            return  # already saved: Enter in the sleep field reaches the Save button too
        try:
            draft = self.checkin_form.draft()
            if draft.mood is None:
                raise InvalidEntry("mood", "choose a step")
            if draft.energy is None and self.entry.energy is not None:
                raise InvalidEntry("energy", "choose a step")
            if self.time_needs_choosing:
                self.error.setText(self._stored_time_text())
                self.when.setFocus()
                return
            assert draft.at is not None  # the time field of an edit is always in use
            edited = new_checkin(
                at=draft.at,
                zone=self.entry.zone,
                mood=draft.mood,
                energy=draft.energy,
                sleep_hours=parse_sleep_hours(draft.sleep_text),
                note=draft.note,
                mood_steps=draft.mood_steps,
                energy_steps=draft.energy_steps,
                tags=draft.tags,
            )
        except InvalidEntry as problem:
            self.error.setText(self.checkin_form.explain(problem))
            return
        self.result_entry = replace(edited, id=self.entry.id)
        self.accept()
