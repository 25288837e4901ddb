"""Tags on a check-in: tools used, triggers and signs picked from the person's own plan, or free.

Type a few letters, pick from the suggestions with the arrow keys and Enter; text that matches
nothing in the plan becomes a free tag. Chosen tags show below; Backspace in the empty field
removes the last one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.errors import InvalidEntry
from companion.journal.checkin import Tag
from companion.limits import MAX_TAG_CHARS
from companion.ui.common.i18n import Retranslating

# Symbols present in common fonts (DejaVu, Noto), so no emoji font is needed to see them.
KIND_MARKS = {"tool": "⚒", "trigger": "⚡", "warning": "⚠", "breaking": "‼", "tag": "#"}


class TagPicker(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, Tag] = {}
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
        self.chosen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the note
        self.entry.installEventFilter(self)
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
        self.entry.setPlaceholderText(
            self.tr("Tools used, triggers, signs from your plan, or your own tags; Enter adds")
        )
        self.chosen.setAccessibleName(self.tr("Chosen tags"))

    def kind_name(self, kind: str) -> str:
        return {
            "tool": self.tr("Tool"),
            "trigger": self.tr("Trigger"),
            "warning": self.tr("Early warning sign"),
            "breaking": self.tr("Breaking-down sign"),
            "tag": self.tr("Tag"),
        }[kind]

    def suggestion_text(self, tag: Tag) -> str:
        return f"{self.kind_name(tag.kind)}: {tag.label}"

    def set_choices(self, plan_tags: list[Tag], free_labels: list[str]) -> None:
        self._choices = {self.suggestion_text(tag): tag for tag in plan_tags}
        for label in free_labels:
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
        self.changed.emit()

    def tags(self) -> tuple[Tag, ...]:
        return tuple(
            self.chosen.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.chosen.count())
        )

    def set_tags(self, tags: tuple[Tag, ...]) -> None:
        self.chosen.clear()
        for tag in tags:
            self.add(tag)

    def remove_last(self) -> None:
        if self.chosen.count():
            self.chosen.takeItem(self.chosen.count() - 1)
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Backspace in the empty field removes the last tag, as in most tag fields."""
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Backspace and not self.entry.text():
                self.remove_last()
                return True
        return super().eventFilter(watched, event)
