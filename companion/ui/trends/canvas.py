"""The chart area: a matplotlib canvas at its own size, drawn again once resizing stops."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from companion.charts.style import DARK, LIGHT, ChartTheme

# Figures are laid out at this many dots per inch of logical pixels (points look as large as
# they would in a 100 % document); a high-density screen multiplies it by its pixel ratio.
LOGICAL_DPI = 100.0
# A resize is followed by one redraw once the size has not changed for this long.
RESIZE_SETTLE_MS = 150
# Below this a chart's labels no longer fit; the area keeps at least this size.
SMALLEST_CHART = (320, 220)


def theme_of(palette: QPalette) -> ChartTheme:
    """The dark chart theme under a dark window background, else the light one."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


class ChartArea(QWidget):
    """A `FigureCanvasQTAgg` that shows whichever `Figure` it is given (`show_figure`).

    `settled` is emitted once a resize has been still for RESIZE_SETTLE_MS, so the page draws
    the chart again for the new size once, not on every step of a dragged window edge."""

    settled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartArea")
        blank = Figure(figsize=(SMALLEST_CHART[0] / LOGICAL_DPI, 2.2), dpi=LOGICAL_DPI)
        blank.set_facecolor(theme_of(self.palette()).background)
        self.canvas = FigureCanvasQTAgg(blank)  # type: ignore[no-untyped-call]
        self.canvas.setParent(self)
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(*SMALLEST_CHART)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.settle_timer = QTimer(self)
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(RESIZE_SETTLE_MS)
        self.settle_timer.timeout.connect(self.settled)

    def figure_size(self) -> tuple[float, float, float]:
        """(width, height, dpi) of a figure that fills the canvas pixel for pixel: inches are
        logical pixels / LOGICAL_DPI, and the dpi is scaled by the screen's pixel ratio."""
        width = max(self.canvas.width(), SMALLEST_CHART[0])
        height = max(self.canvas.height(), SMALLEST_CHART[1])
        ratio = self.devicePixelRatioF()
        return width / LOGICAL_DPI, height / LOGICAL_DPI, LOGICAL_DPI * ratio

    def size_key(self) -> tuple[int, int, float]:
        """What a drawn chart depends on of this area's size."""
        return self.canvas.width(), self.canvas.height(), self.devicePixelRatioF()

    def show_figure(self, figure: Figure) -> None:
        """Put `figure` (drawn with `figure_size()`) on the canvas and render it now."""
        self.canvas.figure = figure
        figure.set_canvas(self.canvas)
        self.canvas.draw()  # type: ignore[no-untyped-call]

    def clear(self) -> None:
        """An empty canvas in the window's colours (when the store is locked, say)."""
        blank = Figure(figsize=self.figure_size()[:2], dpi=self.figure_size()[2])
        blank.set_facecolor(theme_of(self.palette()).background)
        self.show_figure(blank)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.settle_timer.start()
