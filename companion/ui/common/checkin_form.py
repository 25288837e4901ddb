"""The check-in form, built once for Today and for the Edit check-in dialog.

Mood and energy (scale pickers whose step names wrap rather than clip), sleep, tags, note and the
time. Keys: a digit picks the mood and moves on to energy; a digit picks energy and moves on to
sleep; Enter in the sleep field or Ctrl+Enter anywhere in the form emits `submitted`.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from companion.clock import in_zone, localize
from companion.errors import InvalidEntry
from companion.journal.checkin import Tag
from companion.journal.scales import ENERGY_SCALE, MOOD_SCALE, scale_for
from companion.limits import (
    EARLIEST_DAY,
    FUTURE_ALLOWANCE,
    MAX_NOTE_CHARS,
    MAX_TAG_CHARS,
    NOT_VALID_TEXT,
)
from companion.services.journal import CheckinForm
from companion.ui.common.design import date_time_edit_format
from companion.ui.common.i18n import Retranslating
from companion.ui.common.local_text import day_text, zone_text
from companion.ui.common.scale_picker import ScalePicker
from companion.ui.common.tag_picker import TagPicker


class CheckinFormWidget(Retranslating, QWidget):
    """The fields of one check-in; `draft()` reads them as a `CheckinForm` value.

    With `backdating` (Today) the time is "now" unless the person ticks "Earlier, at"; without
    it (editing a saved entry) the time field always holds the entry's own time.
    """

    submitted = Signal()  # Enter in the sleep field, or Ctrl+Enter anywhere in the form

    def __init__(self, zone: str, *, backdating: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinForm")
        self.zone = zone
        self.backdating = backdating
        self.mood = ScalePicker(MOOD_SCALE, self)
        self.energy = ScalePicker(ENERGY_SCALE, self)
        self.sleep = QLineEdit(self)
        self.sleep.setObjectName("sleepHours")
        self.sleep.setMaximumWidth(120)
        self.sleep_unit = QLabel(self)
        self.sleep_unit.setWordWrap(True)
        self.tags = TagPicker(self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)
        self.earlier = QCheckBox(self)
        self.earlier.setObjectName("earlier")
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.limit_when()
        self.when.setDateTime(self._now_here())

        self.mood_label = QLabel(self)
        self.energy_label = QLabel(self)
        self.sleep_label = QLabel(self)
        self.tags_label = QLabel(self)
        self.note_label = QLabel(self)
        self.when_label = QLabel(self)
        self.mood_label.setBuddy(self.mood)
        self.energy_label.setBuddy(self.energy)
        self.sleep_label.setBuddy(self.sleep)
        self.tags_label.setBuddy(self.tags.entry)
        self.note_label.setBuddy(self.note)
        self.when_label.setBuddy(self.earlier if backdating else self.when)

        sleep_row = QHBoxLayout()
        sleep_row.addWidget(self.sleep)
        sleep_row.addWidget(self.sleep_unit, 1)
        when_row = QHBoxLayout()
        if backdating:
            when_row.addWidget(self.earlier)
            self.when.setEnabled(False)
            self.earlier.toggled.connect(self._earlier_toggled)
        else:
            self.earlier.setChecked(True)  # an entry being edited always has its own time
            self.earlier.hide()
        when_row.addWidget(self.when)
        when_row.addStretch(1)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout = layout
        layout.addRow(self.mood_label, self.mood)
        layout.addRow(self.energy_label, self.energy)
        layout.addRow(self.sleep_label, sleep_row)
        layout.addRow(self.tags_label, self.tags)
        layout.addRow(self.note_label, self.note)
        layout.addRow(self.when_label, when_row)

        self.mood.picked.connect(self._mood_picked)
        self.energy.picked.connect(self._energy_picked)
        self._set_tab_order()
        self.sleep.returnPressed.connect(self.submitted)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted)
        self.retranslate()

    def retranslate(self) -> None:
        self.when.setDisplayFormat(date_time_edit_format())  # 2026 in full, never 26
        self.mood_label.setText(self.tr("&Mood:"))
        self.energy_label.setText(self.tr("&Energy:"))
        self.sleep_label.setText(self.tr("&Sleep:"))
        self.sleep_unit.setText(self.tr("hours last night (optional)"))
        self.sleep.setPlaceholderText(self.tr("e.g. 7.5"))
        self.tags_label.setText(self.tr("&Tags:"))
        self.note_label.setText(self.tr("N&ote:"))
        if self.backdating:
            self.when_label.setText(self.tr("When:"))
        else:
            zone = zone_text(self.zone)  # a readable name (日本標準時), never Etc/UTC
            self.when_label.setText(
                self.tr("&When (%1):").replace("%1", zone) if zone else self.tr("&When:")
            )
        self.earlier.setText(self.tr("Earlier, at"))
        self.earlier.setToolTip(self.tr("Log a check-in for an earlier time"))
        self.note.setPlaceholderText(self.tr("Anything you want to remember (optional)"))
        self.mood.setAccessibleName(self.tr("Mood"))
        self.energy.setAccessibleName(self.tr("Energy"))
        self.when.setAccessibleName(self.tr("Time of the check-in"))

    def add_row(self, row: QLayout) -> None:
        """A row under the fields, lined up with them (Today's Save button and status)."""
        self.form_layout.addRow("", row)

    # --- scales and choices -------------------------------------------------------------
    def set_scales(self, mood_steps: int, energy_steps: int) -> None:
        """Use other scales from now on; entries already saved keep theirs."""
        for kind, steps in (("mood", mood_steps), ("energy", energy_steps)):
            old = self.mood if kind == "mood" else self.energy
            if old.scale.steps == steps:
                continue
            scale = scale_for(kind, steps)
            assert scale is not None
            picker = ScalePicker(scale, self)
            picker.setAccessibleName(old.accessibleName())
            self.form_layout.replaceWidget(old, picker)
            old.hide()  # until deleteLater() runs, it would still show in the label's place
            old.deleteLater()
            if kind == "mood":
                self.mood = picker
                self.mood_label.setBuddy(picker)
                picker.picked.connect(self._mood_picked)
            else:
                self.energy = picker
                self.energy_label.setBuddy(picker)
                picker.picked.connect(self._energy_picked)
        self._set_tab_order()

    def set_tag_choices(self, plan_tags: list[Tag], free_labels: list[str]) -> None:
        self.tags.set_choices(plan_tags, free_labels)

    def _mood_picked(self, _step: int) -> None:
        self.energy.setFocus()

    def _energy_picked(self, _step: int) -> None:
        self.sleep.setFocus()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.mood, self.energy, self.sleep, self.tags.entry, self.note]
        chain += [self.earlier, self.when] if self.backdating else [self.when]
        # The chips come last (a stop only while there are some; Down in the empty tag field
        # goes to them at once), so Tab from the tag field still goes straight to the note.
        chain.append(self.tags.chosen)
        policy = self.tags.chosen.focusPolicy()  # Qt leaves a NoFocus widget out of the chain
        self.tags.chosen.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.tags.chosen.setFocusPolicy(policy)

    # --- time ---------------------------------------------------------------------------
    def _now_here(self, ahead: timedelta = timedelta(0)) -> QDateTime:
        """Now (plus `ahead`) on the wall clock of the form's zone, which the time field
        speaks in."""
        local = datetime.now(ZoneInfo(self.zone)) + ahead
        return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))

    def limit_when(self) -> None:
        """The time field offers only what a check-in may have: from 1900 to one day ahead."""
        earliest = QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day)
        self.when.setDateTimeRange(
            QDateTime(earliest, QTime(0, 0)), self._now_here(FUTURE_ALLOWANCE)
        )

    def _earlier_toggled(self, on: bool) -> None:
        self.when.setEnabled(on)
        if on:
            self.limit_when()
            self.when.setDateTime(self._now_here())
            self.when.setFocus()

    def _show_time(self, at: datetime | None) -> None:
        self.limit_when()
        if at is None:
            self.when.setDateTime(self._now_here())
            return
        local = in_zone(at, self.zone).replace(tzinfo=None)
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    # --- the value ----------------------------------------------------------------------
    def draft(self) -> CheckinForm:
        """What the fields hold; InvalidEntry("when") for a time the clocks skipped."""
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

    def set_draft(self, form: CheckinForm) -> None:
        """Show `form`; a step recorded on another scale than the picker's is left unpicked."""
        self.mood.set_value(form.mood if form.mood_steps == self.mood.scale.steps else None)
        self.energy.set_value(form.energy if form.energy_steps == self.energy.scale.steps else None)
        self.sleep.setText(form.sleep_text)
        self.note.setPlainText(form.note)
        self.tags.set_tags(form.tags)
        if self.backdating:
            self.earlier.setChecked(form.at is not None)
        self._show_time(form.at)

    def is_empty(self) -> bool:
        return (
            self.mood.value() is None
            and self.energy.value() is None
            and not (self.sleep.text() + self.note.toPlainText())
            and not self.tags.tags()
        )

    def clear(self) -> None:
        self.set_draft(CheckinForm(None, None, "", ""))

    def focus_first_field(self) -> None:
        self.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- problems -----------------------------------------------------------------------
    def explain(self, problem: InvalidEntry) -> str:
        """Why the form cannot be saved as it is, in words; the field at fault gets the focus."""
        messages: dict[str, tuple[str, QWidget]] = {
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
                ).replace("%1", day_text(EARLIEST_DAY)),
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
        messages["time"] = messages["when"]
        text, field = messages.get(
            problem.field, (self.tr("This check-in could not be saved as it is."), self.mood)
        )
        if problem.problem == NOT_VALID_TEXT:
            text = self.tr("This text holds a character that cannot be saved; please retype it.")
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return text


class CheckinFormFields:
    """For a page or dialog that holds a `checkin_form`: its fields by name, for the code that
    owns it and for the tests that type into them."""

    checkin_form: CheckinFormWidget

    @property
    def mood(self) -> ScalePicker:
        return self.checkin_form.mood

    @property
    def energy(self) -> ScalePicker:
        return self.checkin_form.energy

    @property
    def sleep(self) -> QLineEdit:
        return self.checkin_form.sleep

    @property
    def tags(self) -> TagPicker:
        return self.checkin_form.tags

    @property
    def note(self) -> QPlainTextEdit:
        return self.checkin_form.note

    @property
    def when(self) -> QDateTimeEdit:
        return self.checkin_form.when
