"""A role's days off and extra sessions, on the Roles and hours tab: the list, a day with "add
day off", two times with "add extra session", and "remove". The box works out the new list; the
panel saves it (`changed`) and shows a refusal (`refused`)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.boundaries.roles import DAY_OFF, EXTRA_SESSION, HoursException
from companion.boundaries.schedule import end_text, start_text
from companion.clock import in_zone, now_utc
from companion.limits import EARLIEST_HOURS_DAY, LATEST_HOURS_DAY
from companion.ui.boundaries.describe import day_text
from companion.ui.common.i18n import Retranslating


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())


def _time(chosen: QTime) -> time:
    return time(chosen.hour(), chosen.minute())


def sorted_exceptions(items: tuple[HoursException, ...]) -> tuple[HoursException, ...]:
    """By day, days off before extra sessions, extra sessions by start."""
    return tuple(sorted(items, key=lambda item: (item.day, item.kind, item.start or time(0))))


class DaysOffBox(Retranslating, QGroupBox):
    changed = Signal(object)  # the role's new days off and extra sessions (a tuple)
    refused = Signal(str)  # what cannot be added, in words

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exceptions: tuple[HoursException, ...] | None = None  # None: no role chosen
        self.exceptions = QListWidget(self)
        self.exceptions.setObjectName("hoursExceptions")
        self.exceptions.setMinimumHeight(90)
        self.exceptions.setMaximumHeight(180)
        self.remove_exception_button = QPushButton(self)
        self.remove_exception_button.setObjectName("removeExceptionButton")
        self.exception_day = QDateEdit(self)
        self.exception_day.setObjectName("exceptionDay")
        self.exception_day.setCalendarPopup(True)
        self.exception_day.setDisplayFormat("yyyy-MM-dd")
        self.exception_day.setDateRange(_qdate(EARLIEST_HOURS_DAY), _qdate(LATEST_HOURS_DAY))
        self.exception_day.setDate(_qdate(in_zone(now_utc(), zone).date()))
        self.exception_day_label = QLabel(self)
        self.exception_day_label.setBuddy(self.exception_day)
        self.add_day_off_button = QPushButton(self)
        self.add_day_off_button.setObjectName("addDayOffButton")
        self.extra_start = QTimeEdit(QTime(10, 0), self)
        self.extra_start.setObjectName("extraStart")
        self.extra_start.setDisplayFormat("HH:mm")
        self.extra_end = QTimeEdit(QTime(12, 0), self)
        self.extra_end.setObjectName("extraEnd")
        self.extra_end.setDisplayFormat("HH:mm")
        self.extra_to = QLabel(self)
        self.add_extra_button = QPushButton(self)
        self.add_extra_button.setObjectName("addExtraButton")
        self.extra_note = QLabel(self)
        self.extra_note.setWordWrap(True)
        day_row = QHBoxLayout()
        day_row.addWidget(self.exception_day_label)
        day_row.addWidget(self.exception_day)
        day_row.addWidget(self.add_day_off_button)
        day_row.addStretch(1)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_start)
        extra_row.addWidget(self.extra_to)
        extra_row.addWidget(self.extra_end)
        extra_row.addWidget(self.add_extra_button)
        extra_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.exceptions)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_exception_button)
        layout.addLayout(remove_row)
        layout.addLayout(day_row)
        layout.addLayout(extra_row)
        layout.addWidget(self.extra_note)

        self.add_day_off_button.clicked.connect(self.add_day_off)
        self.add_extra_button.clicked.connect(self.add_extra_session)
        self.remove_exception_button.clicked.connect(self.remove_exception)
        self.exceptions.currentRowChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def show_exceptions(self, exceptions: tuple[HoursException, ...] | None) -> None:
        """The chosen role's days off and extra sessions; None when no role is chosen."""
        self._exceptions = exceptions
        self.exceptions.clear()
        for item in exceptions or ():
            if item.kind == DAY_OFF:
                text = self.tr("%1: day off").replace("%1", day_text(item.day))
            else:
                assert item.start is not None and item.end is not None
                text = (
                    self.tr("%1: extra session %2 to %3")
                    .replace("%1", day_text(item.day))
                    .replace("%2", start_text(item.start))
                    .replace("%3", end_text(item.end))
                )
            QListWidgetItem(text, self.exceptions)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_exception_button.setEnabled(
            self._exceptions is not None and self.exceptions.currentRow() >= 0
        )

    def _add(self, added: HoursException) -> None:
        if self._exceptions is not None and added not in self._exceptions:
            self.changed.emit(sorted_exceptions((*self._exceptions, added)))

    def add_day_off(self) -> None:
        self._add(HoursException(_day(self.exception_day.date()), DAY_OFF))

    def add_extra_session(self) -> None:
        if self._exceptions is None:
            return
        start, end = _time(self.extra_start.time()), _time(self.extra_end.time())
        if start == end:
            self.refused.emit(self.tr("An extra session needs a start and a different end."))
            return
        self._add(HoursException(_day(self.exception_day.date()), EXTRA_SESSION, start, end))

    def remove_exception(self) -> None:
        row = self.exceptions.currentRow()
        if self._exceptions is None or not 0 <= row < len(self._exceptions):
            return
        self.changed.emit(self._exceptions[:row] + self._exceptions[row + 1 :])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Days off and extra sessions"))
        self.exceptions.setAccessibleName(self.tr("Days off and extra sessions"))
        self.remove_exception_button.setText(self.tr("Re&move"))
        self.exception_day_label.setText(self.tr("Da&te"))
        self.exception_day.setAccessibleName(self.tr("Date of the day off or extra session"))
        self.add_day_off_button.setText(self.tr("Add day &off"))
        self.extra_start.setAccessibleName(self.tr("Extra session starts"))
        self.extra_end.setAccessibleName(self.tr("Extra session ends"))
        self.extra_to.setText(self.tr("to"))
        self.add_extra_button.setText(self.tr("Add e&xtra session"))
        self.extra_note.setText(self.tr("An extra session counts even on a day off or a holiday."))
        if self._exceptions is not None:
            self.show_exceptions(self._exceptions)
