"""The Boundaries tabs' two columns: a form beside a list, split once on first show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget


class FormListSplitter(QSplitter):
    """`form` on the left, `listing` on the right; the first time it is shown, the form gets a
    little more than half the width (11:9), or the width its fields need if that is more (so
    they do not scroll sideways), both readable; the person's own sizes after that."""

    def __init__(self, form: QWidget, listing: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.form = form
        self.listing = listing
        self.addWidget(form)
        self.addWidget(listing)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = self.width() - self.handleWidth()
            listing = self.listing.minimumSizeHint().width()
            form = min(max(width * 11 // 20, self._form_needs()), width - listing)
            self.setSizes([form, width - form])

    def _form_needs(self) -> int:
        """The width the form's fields need, with its scroll bar when it scrolls."""
        form = self.form
        inside = form.widget() if isinstance(form, QScrollArea) else None
        if isinstance(form, QScrollArea) and inside is not None:
            scroll_bar = form.verticalScrollBar().sizeHint().width()
            return inside.minimumSizeHint().width() + scroll_bar + 2 * form.frameWidth()
        return form.minimumSizeHint().width()
