"""The Boundaries tabs' two columns: a form beside a list, split once on first show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget


class FormListSplitter(QSplitter):
    """`form` on the left, `listing` on the right; the first time it is shown, the form gets a
    little more than half the width (11:9), both readable; the person's own sizes after that."""

    def __init__(self, form: QWidget, listing: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.addWidget(form)
        self.addWidget(listing)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = self.width()
            self.setSizes([width * 11 // 20, width * 9 // 20])
