"""A read-only table of check-ins, fed whole rows with `set_rows`; it never queries the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from companion.journal.checkin import CheckIn
from companion.journal.scales import ScaleValue, scale_for
from companion.ui.common.i18n import current_language

NOTE_PREVIEW_CHARS = 80
TOOLTIP_CHARS = 600

_Index = QModelIndex | QPersistentModelIndex


NOT_RECORDED = "—"  # an em dash: energy that was never recorded (a Daylio import)


def not_recorded_text() -> str:
    """What a screen reader says for the em dash of energy never recorded."""
    return QCoreApplication.translate("CheckinTableModel", "no energy recorded")


def step_label(kind: str, value: ScaleValue | None) -> str:
    if value is None:
        return NOT_RECORDED
    scale = scale_for(kind, value.steps)
    if scale is None:
        return f"{value.step}/{value.steps}"
    return f"{value.step} · {scale.name_of(value.step).in_language(current_language())}"


def note_preview(note: str) -> str:
    first_line = note.strip().split("\n", 1)[0]
    if len(first_line) > NOTE_PREVIEW_CHARS or "\n" in note.strip():
        return first_line[:NOTE_PREVIEW_CHARS].rstrip() + "…"
    return first_line


_ROLES_ANSWERED = frozenset(
    int(role.value)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
)


class CheckinTableModel(QAbstractTableModel):
    TIME, MOOD, ENERGY, SLEEP, NOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckIn] = []
        # Display texts already worked out, by (row, column): the view asks for each cell
        # many times (its width, then each paint); forgotten with the rows or the language.
        self._shown: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: list[CheckIn]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown.clear()
        self.endResetModel()

    def rows(self) -> list[CheckIn]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Mood"),
            self.tr("Energy"),
            self.tr("Sleep"),
            self.tr("Note"),
        )[section]

    def data(self, index: _Index, role: int = 0) -> Any:
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None  # the view asks for a dozen roles per cell; most have no answer
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        entry = self._rows[row]
        if (
            role == Qt.ItemDataRole.AccessibleTextRole
            and index.column() == self.ENERGY
            and entry.energy is None
        ):
            return not_recorded_text()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (row, column)
            shown = self._shown.get(key)
            if shown is None:
                shown = self._shown[key] = self._display(entry, column)
            return shown
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and entry.note:
            return entry.note[:TOOLTIP_CHARS]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SLEEP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: CheckIn, column: int) -> str:
        if column == self.TIME:
            local = entry.local_time()
            shown = QTime(local.hour, local.minute, local.second)
            return QLocale().toString(shown, QLocale.FormatType.ShortFormat)
        if column == self.MOOD:
            return step_label("mood", entry.mood)
        if column == self.ENERGY:
            return step_label("energy", entry.energy)
        if column == self.SLEEP:
            if entry.sleep_hours is None:
                return ""
            return self.tr("%1 h").replace("%1", QLocale().toString(entry.sleep_hours, "g", 4))
        return note_preview(entry.note)

    def refresh_language(self) -> None:
        self._shown.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
