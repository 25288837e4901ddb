"""Column titles that wrap onto another line rather than end cut off in a narrow column."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRect, QSize, Qt, QTimer, Signal
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

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:  # other words (another language): other heights
            model.headerDataChanged.connect(lambda *_: self._measure.start())

    def title_height(self, logical: int, width: int) -> int:
        """The height the title of column `logical` needs at `width` pixels."""
        model = self.model()
        if model is None:
            return 0
        text = str(model.headerData(logical, self.orientation()) or "")
        room = QRect(0, 0, max(width - MARGIN, 1), 10_000)
        return self.fontMetrics().boundingRect(room, int(WRAPPED), text).height() + MARGIN

    def sizeHint(self) -> QSize:
        """Qt's own hint, as tall as the tallest wrapped title (the table sizes the header
        from this)."""
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
