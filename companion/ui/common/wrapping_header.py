"""Column titles that wrap onto another line rather than end cut off in a narrow column."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

WRAPPED = Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
MARGIN = 8  # pixels the style keeps around a title, on both sides together


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles wrap to their column's width (Japanese titles break
    between characters), growing as tall as the longest title needs; `height_changed` lets
    the table's owner fit the table's height again."""

    height_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(WRAPPED)
        self._height = 0
        self._measure = QTimer(self)
        self._measure.setSingleShot(True)
        self._measure.setInterval(0)
        self._measure.timeout.connect(self._measure_again)
        self.sectionResized.connect(lambda *_: self._measure.start())

    def title_height(self, logical: int, width: int) -> int:
        """The height the title of column `logical` needs at `width` pixels."""
        model = self.model()
        if model is None:
            return 0
        text = str(model.headerData(logical, self.orientation()) or "")
        room = QRect(0, 0, max(width - MARGIN, 1), 10_000)
        return self.fontMetrics().boundingRect(room, int(WRAPPED), text).height() + MARGIN

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        width = self.sectionSize(logical) or size.width()
        size.setHeight(max(size.height(), self.title_height(logical, width)))
        return size

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        tallest = max(
            (self.title_height(column, self.sectionSize(column)) for column in range(self.count())),
            default=0,
        )
        size.setHeight(max(size.height(), tallest))
        return size

    def _measure_again(self) -> None:
        height = self.sizeHint().height()
        if height != self._height:
            self._height = height
            self.updateGeometry()
            self.geometriesChanged.emit()  # the table makes room for the header again
            self.height_changed.emit()
