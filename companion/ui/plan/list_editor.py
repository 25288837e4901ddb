"""One list of the plan edited in place: add, edit, reorder (drag or Alt+Up/Down), remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.limits import MAX_PLAN_FIELD_CHARS
from companion.plan.model import Entry
from companion.plan.schema import STANCES, ListSpec
from companion.ui.common.design import let_wrap
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.wrapping_header import WrappingHeader
from companion.ui.plan.entry_table_model import EntryTableModel


class StanceDelegate(QStyledItemDelegate):
    """A drop-down of the choices a list allows: current, preferred, acceptable, not acceptable."""

    def __init__(self, stances: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stances = stances

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem("", "")
        for key in self.stances:
            editor.addItem(STANCES[key].in_language(current_language()), key)
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ListEditor(Retranslating, QWidget):
    add_requested = Signal(str, str, str)  # section, list, text of the first field
    edit_requested = Signal(str, str, object)  # entry id, field key, value
    remove_requested = Signal(str)  # entry id
    move_requested = Signal(str, int)  # entry id, new row

    def __init__(self, section_key: str, list_spec: ListSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.section_key = section_key
        self.list_spec = list_spec
        self.setObjectName(f"list_{section_key}_{list_spec.key}")
        self.title = QLabel(self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        let_wrap(self.title)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("color: palette(placeholder-text);")
        self.model = EntryTableModel(list_spec, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = WrappingHeader(self.table)  # "お願いしたいこと" wraps in a narrow column
        self.table.setHorizontalHeader(header)
        header.height_changed.connect(self._fit_height)
        # Every column stretches (a stretched last section would keep its default 100 px and
        # push the table past its width); a tick box is as wide as its title.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHidden(len(self.model.fields) == 1)
        for column, spec in enumerate(self.model.fields):
            if spec.kind == "stance":
                self.table.setItemDelegateForColumn(column, StanceDelegate(list_spec.stances, self))
            if spec.kind == "bool":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)

        self.new_text = QLineEdit(self)
        self.new_text.setObjectName("newEntry")
        self.new_text.setMaxLength(MAX_PLAN_FIELD_CHARS)
        self.add_button = QPushButton(self)
        self.up_button = QToolButton(self)
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button = QToolButton(self)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.remove_button = QToolButton(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add_button)
        # Moving and removing act on the chosen entry: beside the list's title, which leaves
        # the field for a new entry the width of its words at 900 pixels, in every language.
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.up_button)
        title_row.addWidget(self.down_button)
        title_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(title_row)
        layout.addWidget(self.prompt)
        layout.addWidget(self.table)
        self.invitation = QLabel(self)  # instead of an empty box, while the list is empty
        self.invitation.setObjectName("emptyListInvitation")
        self.invitation.setWordWrap(True)
        self.invitation.setEnabled(False)  # drawn muted: a note, not a control
        layout.addWidget(self.invitation)
        layout.addLayout(add_row)

        self.model.edit_requested.connect(self.edit_requested)
        self.model.move_requested.connect(self.move_requested)
        self.new_text.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.retranslate()
        self._fit_height()
        selection = self.table.selectionModel()
        selection.currentChanged.connect(lambda _now, _before: self._update_buttons())
        for changed in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            changed.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        """The arrows and Remove act on the chosen entry: off while there is none (or it cannot
        move that way). An empty list shows an invitation instead of an empty box."""
        rows = self.model.rowCount()
        self.table.setVisible(rows > 0)
        self.invitation.setVisible(rows == 0)
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else -1
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < rows - 1)

    def retranslate(self) -> None:
        language = current_language()
        self.title.setText(self.list_spec.title.in_language(language))
        self.prompt.setText(self.list_spec.prompt.in_language(language))
        self.new_text.setPlaceholderText(self.tr("Add to this list, then press Enter"))
        self.add_button.setText(self.tr("Add"))
        self.invitation.setText(
            self.tr("Nothing here yet. Type below and press Enter to add the first one.")
        )
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(
            self.tr("Remove the selected entry (Delete); Ctrl+Z brings it back")
        )
        title = self.list_spec.title.in_language(language)
        self.table.setAccessibleName(title)
        self.table.setAccessibleDescription(self.list_spec.prompt.in_language(language))
        self.new_text.setAccessibleName(self.tr("Add to: %1").replace("%1", title))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.fields) - 1)

    # --- rows ---------------------------------------------------------------------------
    def set_entries(self, entries: tuple[Entry, ...]) -> None:
        current = self.current_entry()
        column = max(self.table.currentIndex().column(), 0)
        self.model.set_rows(entries)
        self._fit_height()
        if current is not None:
            self.select(current.id, column)

    def _fit_height(self) -> None:
        """Tall enough for every row, so the page scrolls as one rather than each list."""
        row_height = self.table.verticalHeader().defaultSectionSize()
        rows = max(self.model.rowCount(), 1) * row_height
        header = self.table.horizontalHeader()
        header_height = header.sizeHint().height() if not header.isHidden() else 0
        self.table.setFixedHeight(rows + header_height + 2 * self.table.frameWidth() + 2)

    def current_entry(self) -> Entry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select(self, entry_id: str, column: int = 0) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, column))

    # --- requests -----------------------------------------------------------------------
    def _add(self) -> None:
        text = self.new_text.text()
        if text.strip():
            self.new_text.clear()  # first: a refused entry is put back by the page
            self.add_requested.emit(self.section_key, self.list_spec.key, text)

    def move_current(self, step: int) -> None:
        entry = self.current_entry()
        if entry is not None:
            target = self.model.row_of(entry.id) + step
            if 0 <= target < self.model.rowCount():
                self.move_requested.emit(entry.id, target)

    def remove_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.remove_requested.emit(entry.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            editing = self.table.state() == QAbstractItemView.State.EditingState
            if not editing and event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def first_index(self) -> QModelIndex:
        return self.model.index(0, 0)
