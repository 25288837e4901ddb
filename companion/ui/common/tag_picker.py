"""Tags on a check-in: tools used, triggers and signs picked from the person's own plan, or free.

Type a few letters, pick from the suggestions with the arrow keys and Enter (Enter alone takes
the first suggestion while the list is open); text that matches nothing in the plan becomes a
free tag. Chosen tags show below as chips: each has a remove mark (×) to click; Down in the
empty field (or Tab, after the form's other fields) reaches them, where the arrows move and
Delete or Backspace removes one. Backspace in the empty field
removes the last one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from companion.errors import InvalidEntry
from companion.journal.checkin import Tag
from companion.limits import MAX_TAG_CHARS
from companion.ui.common.i18n import Retranslating

# Symbols present in common fonts (DejaVu, Noto), so no emoji font is needed to see them.
KIND_MARKS = {"tool": "⚒", "trigger": "⚡", "warning": "⚠", "breaking": "‼", "tag": "#"}
REMOVE_MARK = "×"


def remove_mark_rect(item_rect: QRect, mark_width: int) -> QRect:
    """Where a chip's remove mark is drawn: at its end, as wide as the mark plus a margin."""
    width = mark_width + 8
    return QRect(item_rect.right() - width, item_rect.top(), width, item_rect.height())


class ChipDelegate(QStyledItemDelegate):
    """Draws each chosen tag as a chip with a remove mark (×) at its end."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        mark = option.fontMetrics.horizontalAdvance(REMOVE_MARK) + 12
        return QSize(size.width() + mark, size.height() + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        mark_width = option.fontMetrics.horizontalAdvance(REMOVE_MARK)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # on the highlight
        role = option.palette.ColorRole
        painter.setPen(
            option.palette.color(role.HighlightedText if selected else role.PlaceholderText)
        )
        painter.drawText(
            remove_mark_rect(option.rect, mark_width), Qt.AlignmentFlag.AlignCenter, REMOVE_MARK
        )
        painter.restore()


class TagPicker(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, Tag] = {}
        self._offered: tuple[list[Tag], list[str]] = ([], [])  # what set_choices was given
        self.entry = QLineEdit(self)
        self.entry.setObjectName("tagEntry")
        self._suggestions = QStringListModel(self)
        self.completer = QCompleter(self._suggestions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.entry.setCompleter(self.completer)
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("chosenTags")
        self.chosen.setFlow(QListView.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setResizeMode(QListView.ResizeMode.Adjust)
        self.chosen.setSpacing(3)
        self.chosen.setMaximumHeight(64)
        self.chosen.setItemDelegate(ChipDelegate(self.chosen))
        self.chosen.hide()  # shown once there is a chip
        self.chosen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop only with chips in it
        self.chosen.installEventFilter(self)
        self.chosen.viewport().installEventFilter(self)
        self.entry.installEventFilter(self)
        popup = self.completer.popup()
        assert popup is not None  # a completer always has its list
        self.popup: QAbstractItemView = popup
        self.popup.installEventFilter(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        self.entry.setMaxLength(MAX_TAG_CHARS)
        self.entry.returnPressed.connect(self.add_typed)
        self.completer.activated.connect(self._picked)
        self.retranslate()

    def retranslate(self) -> None:
        # Short enough for a narrow window in any language; the tooltip says it in full.
        self.entry.setPlaceholderText(self.tr("A tag from your plan or your own; Enter adds"))
        self.entry.setToolTip(
            self.tr("Tools used, triggers, signs from your plan, or your own tags; Enter adds")
        )
        self.chosen.setAccessibleName(self.tr("Chosen tags"))
        self.set_choices(*self._offered)  # "Tool: A walk" becomes "道具：A walk"
        for row in range(self.chosen.count()):
            chip = self.chosen.item(row)
            chip.setToolTip(self.suggestion_text(chip.data(Qt.ItemDataRole.UserRole)))

    def kind_name(self, kind: str) -> str:
        return {
            "tool": self.tr("Tool"),
            "trigger": self.tr("Trigger"),
            "warning": self.tr("Early warning sign"),
            "breaking": self.tr("Breaking-down sign"),
            "tag": self.tr("Tag"),
        }[kind]

    def suggestion_text(self, tag: Tag) -> str:
        return (
            self.tr("%1: %2", "a tag offered: its kind, then its words")
            .replace("%1", self.kind_name(tag.kind))
            .replace("%2", tag.label)
        )

    def set_choices(self, plan_tags: list[Tag], free_labels: list[str]) -> None:
        """Plan items with their kind, then free tags; a free tag that is also a plan item's
        label is offered once, as the plan item ("Tool: A walk", not also "Tag: A walk")."""
        self._offered = (list(plan_tags), list(free_labels))
        self._choices = {self.suggestion_text(tag): tag for tag in plan_tags}
        in_plan = {tag.label.casefold() for tag in plan_tags}
        for label in free_labels:
            if label.casefold() in in_plan:
                continue
            tag = Tag("tag", label)
            self._choices.setdefault(self.suggestion_text(tag), tag)
        self._suggestions.setStringList(sorted(self._choices))

    def _picked(self, text: str) -> None:
        tag = self._choices.get(text)
        if tag is not None:
            self.add(tag)
            self.entry.clear()

    def add_typed(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        tag = self._choices.get(text)
        if tag is None:  # the plain label of a plan item, typed in full, still links to it
            folded = text.casefold()
            tag = next((t for t in self._choices.values() if t.label.casefold() == folded), None)
        try:
            tag = tag or Tag("tag", text)
        except InvalidEntry:  # not valid text (pasted); it stays in the field to be corrected
            return
        self.add(tag)
        self.entry.clear()

    def add(self, tag: Tag) -> None:
        if tag in self.tags():
            return
        item = QListWidgetItem(f"{KIND_MARKS[tag.kind]} {tag.label}", self.chosen)
        item.setData(Qt.ItemDataRole.UserRole, tag)
        item.setToolTip(self.suggestion_text(tag))
        self._chips_changed()

    def tags(self) -> tuple[Tag, ...]:
        return tuple(
            self.chosen.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.chosen.count())
        )

    def set_tags(self, tags: tuple[Tag, ...]) -> None:
        self.chosen.clear()
        self._chips_changed()
        for tag in tags:
            self.add(tag)

    def remove_last(self) -> None:
        if self.chosen.count():
            self.remove_at(self.chosen.count() - 1)

    def remove_at(self, row: int) -> None:
        """Remove the chip in `row`; the focus stays on the chips while some are left."""
        if not 0 <= row < self.chosen.count():
            return
        self.chosen.takeItem(row)
        self._chips_changed()
        if self.chosen.count():
            self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))
        elif self.chosen.hasFocus():
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chips_changed(self) -> None:
        """Tab reaches the chips only while there are some."""
        has_chips = self.chosen.count() > 0
        self.chosen.setVisible(has_chips)  # no empty box under the field
        policy = Qt.FocusPolicy.TabFocus if has_chips else Qt.FocusPolicy.NoFocus
        self.chosen.setFocusPolicy(policy)
        self.changed.emit()

    def _take_suggestion(self) -> bool:
        """Enter while the suggestions are open and none is highlighted: take the first one
        (typing "wal" and Enter takes "Tool: A walk", not a free tag "wal")."""
        popup = self.popup
        if not popup.isVisible() or popup.currentIndex().isValid():
            return False
        suggestion = self.completer.currentCompletion()
        if suggestion not in self._choices:
            return False
        popup.hide()
        self._picked(suggestion)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Backspace in the empty field removes the last tag, as in most tag fields; Enter in
        the open suggestions takes one; Delete or Backspace on a chip removes it, and so does
        a click on its ×."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.popup and enter and self._take_suggestion():
                return True
            if watched is self.entry:
                if enter and self._take_suggestion():
                    return True
                if key == Qt.Key.Key_Backspace and not self.entry.text():
                    self.remove_last()
                    return True
                if key == Qt.Key.Key_Down and not self.entry.text() and self.chosen.count():
                    self.chosen.setFocus(Qt.FocusReason.OtherFocusReason)
                    if self.chosen.currentRow() < 0:
                        self.chosen.setCurrentRow(0)
                    return True
            if watched is self.chosen and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_at(self.chosen.currentRow())
                return True
        if watched is self.chosen.viewport() and kind == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            point = event.position().toPoint()
            item = self.chosen.itemAt(point)
            if item is not None:
                rect = self.chosen.visualItemRect(item)
                mark = self.chosen.fontMetrics().horizontalAdvance(REMOVE_MARK)
                if remove_mark_rect(rect, mark).contains(point):
                    self.remove_at(self.chosen.row(item))
                    return True
        return super().eventFilter(watched, event)
