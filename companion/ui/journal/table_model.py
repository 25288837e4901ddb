"""The Journal's table: rows arrive in pages as the view scrolls, so ten years stay smooth.

The model never queries the store: when the view wants more it emits `more_wanted(offset)`,
and the Journal page answers with `append_rows`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from companion.journal.checkin import CheckIn
from companion.journal.scales import DEFAULT_STEPS
from companion.ui.common.design import short_date_time
from companion.ui.today.checkin_table_model import (
    NOTE_PREVIEW_CHARS,
    described,
    not_recorded_text,
    note_preview,
    step_label,
    tags_shown,
)

PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex


class JournalTableModel(QAbstractTableModel):
    WHEN, MOOD, ENERGY, SLEEP, TAGS, NOTE = range(6)
    more_wanted = Signal(int)  # offset of the next page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckIn] = []
        self._total = 0
        self._scales = (DEFAULT_STEPS, DEFAULT_STEPS)  # (mood, energy) of new check-ins

    def set_scales(self, mood_steps: int, energy_steps: int) -> None:
        """The scales new check-ins use: a value on another one says its scale, "5/5 · …"
        beside "7 · …", so steps of different scales are not read as the same."""
        if (mood_steps, energy_steps) == self._scales:
            return
        self._scales = (mood_steps, energy_steps)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, self.MOOD), self.index(last, self.ENERGY))

    def reset_rows(self, total: int, first_page: list[CheckIn]) -> None:
        self.beginResetModel()
        self._total = total
        self._rows = list(first_page)
        self.endResetModel()

    def append_rows(self, rows: list[CheckIn]) -> None:
        if not rows:
            self._total = len(self._rows)  # the store has fewer than it said: stop asking
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def entry(self, row: int) -> CheckIn | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.more_wanted.emit(len(self._rows))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("Mood"),
            self.tr("Energy"),
            self.tr("Sleep"),
            self.tr("Tags"),
            self.tr("Note"),
        )[section]

    def data(self, index: _Index, role: int = 0) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.ENERGY:
            return not_recorded_text() if entry.energy is None else self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and entry.note:
            return entry.note[: NOTE_PREVIEW_CHARS * 8]
        return described(entry, column, role, self._scales)

    def _display(self, entry: CheckIn, column: int) -> str:
        if column == self.WHEN:
            local = entry.local_time()  # the wall clock where the person was
            moment = QDateTime(
                QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
            )
            return short_date_time(moment)
        if column == self.MOOD:
            return step_label("mood", entry.mood, self._scales[0])
        if column == self.ENERGY:
            return step_label("energy", entry.energy, self._scales[1])
        if column == self.SLEEP:
            return "" if entry.sleep_hours is None else f"{entry.sleep_hours:g}"
        if column == self.TAGS:
            return tags_shown(entry.tags)
        return note_preview(entry.note)

    def refresh_language(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
