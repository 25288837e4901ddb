"""A table of plan entries fed with `set_rows`; edits and moves leave as requests, unsaved here.

The plan page turns each request into an undoable change of the whole Plan, then feeds the new
rows back. Text, yes/no, date and "my choice" fields are edited in place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from companion.plan.model import Entry
from companion.plan.schema import ENTRY_FIELDS, STANCES, ListSpec
from companion.ui.common.i18n import current_language

ENTRY_MIME = "application/x-companion-plan-entry"
_Index = QModelIndex | QPersistentModelIndex


class EntryTableModel(QAbstractTableModel):
    edit_requested = Signal(str, str, object)  # entry id, field key, new value
    move_requested = Signal(str, int)  # entry id, new row

    def __init__(self, list_spec: ListSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.list_spec = list_spec
        self.fields = ENTRY_FIELDS[list_spec.kind]
        self._rows: tuple[Entry, ...] = ()

    def set_rows(self, rows: tuple[Entry, ...]) -> None:
        """Same entries in the same order: update in place, so an open editor survives;
        otherwise reset."""
        rows = tuple(rows)
        if rows == self._rows:
            return
        if [entry.id for entry in rows] == [entry.id for entry in self._rows]:
            old, self._rows = self._rows, rows
            last = len(self.fields) - 1
            for row, (before, after) in enumerate(zip(old, rows, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.fields[section].label.in_language(current_language())
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self.fields[index.column()].kind == "bool":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = 0) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        spec = self.fields[index.column()]
        value = entry.get(spec.key)
        if spec.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            return value or ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if spec.kind == "stance" and isinstance(value, str) and value in STANCES:
                return STANCES[value].in_language(current_language())
            return value or ""
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return False
        spec = self.fields[index.column()]
        if spec.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new_value: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            new_value = str(value)
        else:
            return False
        if new_value == (entry.get(spec.key) or ("" if spec.kind != "bool" else False)):
            return False
        self.edit_requested.emit(entry.id, spec.key, new_value)
        return True

    # --- drag and drop within the list --------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows and (entry := self.entry(rows[0])) is not None:
            mime.setData(ENTRY_MIME, QByteArray(entry.id.encode("ascii")))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ENTRY_MIME):
            return False
        entry_id = bytes(data.data(ENTRY_MIME).data()).decode("ascii")
        source = self.row_of(entry_id)
        if source < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        if target > source:
            target -= 1  # the entry leaves its old place first
        if target != source:
            self.move_requested.emit(entry_id, target)
        return False  # the page re-feeds the rows; the view must not remove anything itself
