"""A page's one message area: a calm banner with a severity icon, a colour and words."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from companion.ui.common.design import ICON_SIZE, NARROWEST_TEXT, Spacing, icon, set_banner

INFO = "info"  # something to know (saved, deleted: undo brings it back)
ATTENTION = "attention"  # something to look at or fix; never red, never an alarm
DONE = "done"
SEVERITIES = (INFO, ATTENTION, DONE)


class MessageLine(QLabel):
    """Word-wrapped text in a banner coloured by its severity, with the severity's icon at the
    start; no banner while empty. `setText` says something to know; `say` picks the severity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMinimumWidth(NARROWEST_TEXT)  # a long message takes lines, not the page's width
        self.severity: str | None = None
        self.hide()  # no empty box: shown while it has something to say

    def say(self, text: str, severity: str = INFO) -> None:
        if severity not in SEVERITIES:
            raise ValueError("unknown severity")
        super().setText(text)
        self._mark(severity if text else None)
        self.setVisible(bool(text))

    def setText(self, text: str) -> None:
        self.say(text, INFO)

    def clear(self) -> None:
        super().clear()
        self._mark(None)
        self.hide()

    def _mark(self, severity: str | None) -> None:
        if severity == self.severity:
            return
        self.severity = severity
        # Room for the icon at the start of the banner (the border is drawn by the style).
        start = ICON_SIZE.width() + Spacing.LARGE if severity else 0
        padding = Spacing.SMALL if severity else 0
        self.setContentsMargins(start, padding, padding, padding)
        set_banner(self, severity)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.severity is None:
            return
        painter = QPainter(self)
        line = self.fontMetrics().height()
        top = Spacing.SMALL + max(0, (line - ICON_SIZE.height()) // 2)
        size = ICON_SIZE
        icon(self.severity).paint(painter, Spacing.MEDIUM - 2, top, size.width(), size.height())
        painter.end()
