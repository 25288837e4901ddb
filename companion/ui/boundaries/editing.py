"""Editing an entry of a Boundaries list in the form beside it: Enter or a double-click on the
chosen row (or the panel's Edit button) fills the form with it; Escape leaves it as it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ListEditing(QObject):
    """Calls `begin` for Enter or a double-click on `listing`, and `cancel` for Escape anywhere
    in `panel` while `active` (the panel switches it on and off as editing starts and ends)."""

    def __init__(
        self,
        panel: QWidget,
        listing: QAbstractItemView,
        begin: Callable[[], object],
        cancel: Callable[[], object],
    ) -> None:
        super().__init__(panel)
        self._begin = begin
        listing.doubleClicked.connect(lambda _index: begin())
        listing.installEventFilter(self)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), panel)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.setEnabled(False)
        self.escape.activated.connect(cancel)

    @property
    def active(self) -> bool:
        return self.escape.isEnabled()

    @active.setter
    def active(self, on: bool) -> None:
        self.escape.setEnabled(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self._begin()
            return True
        return super().eventFilter(watched, event)
