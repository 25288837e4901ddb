"""The Trends page: a chart kind, a range, the chart at the page's size, and the chart in words."""

from __future__ import annotations

from dataclasses import replace

from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.charts.kinds import Chart, ChartKind, ChartOptions, chart_kinds
from companion.charts.style import LIGHT, drawable
from companion.charts.wording import range_text, text
from companion.clock import local_today
from companion.services.store_services import StoreServices
from companion.stats.ranges import TrendRange, range_bounds
from companion.stats.trend_input import TrendInput
from companion.ui.common.design import Spacing, TypeScale, set_type
from companion.ui.common.file_names import offered_name
from companion.ui.common.i18n import Retranslating, current_language
from companion.ui.common.message_line import ATTENTION, DONE, MessageLine
from companion.ui.common.operation import attempt
from companion.ui.trends.canvas import ChartArea, theme_of
from companion.ui.trends.export import save_chart
from companion.ui.trends.report_dialog import MonthlyReportDialog

FIRST_KIND = "mood-energy"
# Kinds that exist for `companion chart` only: the page shows them together as "mood-energy".
COMMAND_LINE_ONLY = frozenset({"mood", "energy"})
DEFAULT_RANGE = TrendRange.MONTH
SUMMARY_LINES = 3
# Events after which the chart may need drawing again: a light or dark palette, or a screen
# with another pixel ratio (the figure's dpi follows it).
_REDRAW_EVENTS = (
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.DevicePixelRatioChange,
)


def page_kinds() -> list[ChartKind]:
    """The kinds listed on the page, "mood-energy" first, the others in registry order."""
    kinds = [kind for kind in chart_kinds().values() if kind.name not in COMMAND_LINE_ONLY]
    return sorted(kinds, key=lambda kind: kind.name != FIRST_KIND)


class TrendsPage(Retranslating, QWidget):
    """Charts of the person's own data. The data is read when the page is shown and kept; a
    chart is drawn again only when the data, kind, range, theme, language or size changes
    (`draws` counts how often).

    `toolbar` is the row across the top: the page's title, the range, then the page's actions;
    a further action belongs at the end of that row (saving the chart is in `save_row`)."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsPage")
        self.zone = zone
        self._services: StoreServices | None = None
        self._data: TrendInput | None = None
        self._stale = False  # the data may have changed since it was read
        self._drawn: tuple[object, ...] | None = None
        self.chart: Chart | None = None
        self.draws = 0
        self.kinds = page_kinds()

        self.kind_list = QListWidget(self)
        self.kind_list.setObjectName("chartKinds")
        self.kind_list.setWordWrap(True)  # a long title takes two lines, not the page's width
        for kind in self.kinds:
            item = QListWidgetItem(self.kind_list)
            item.setData(Qt.ItemDataRole.UserRole, kind.name)
        self.kind_list.setCurrentRow(0)

        self.range_label = QLabel(self)
        self.range_choice = QComboBox(self)
        self.range_choice.setObjectName("trendRange")
        for wanted in TrendRange:
            self.range_choice.addItem("", wanted.value)
        self.range_choice.setCurrentIndex(self.range_choice.findData(DEFAULT_RANGE.value))
        self.range_label.setBuddy(self.range_choice)
        self.save_png = QPushButton(self)
        self.save_png.setObjectName("savePng")
        self.save_svg = QPushButton(self)
        self.save_svg.setObjectName("saveSvg")
        self.title = QLabel(self)
        self.title.setObjectName("trendsTitle")
        set_type(self.title, TypeScale.PAGE_TITLE)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("monthlyReport")
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.open_report)
        # Two rows, so the page fits a small window in longer languages too: the title, the
        # range and the page's actions across the page, then saving the chart above it.
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.title)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.range_label)
        self.toolbar.addWidget(self.range_choice)
        self.toolbar.addSpacing(Spacing.LARGE)
        self.toolbar.addWidget(self.report_button)
        self.save_row = QHBoxLayout()
        self.save_row.addWidget(self.save_png)
        self.save_row.addWidget(self.save_svg)
        self.save_row.addStretch(1)
        self.report_dialog: MonthlyReportDialog | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("chartTitle")
        bold = self.heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.heading.setFont(bold)
        self.heading.setFixedHeight(_one_line_height(self.heading))
        self.area = ChartArea(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("chartSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab
        # Room for a few lines from the start, so a summary that fits does not shrink the
        # chart after it was drawn (and so draw it twice).
        lines = QFontMetrics(self.summary.font()).lineSpacing()
        self.summary.setMinimumHeight(SUMMARY_LINES * lines + 4)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = MessageLine(self)  # the page's one message area
        self.status.setObjectName("trendsStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QVBoxLayout()
        right.addLayout(self.save_row)
        right.addWidget(self.heading)
        right.addWidget(self.area, 1)
        right.addWidget(self.summary)
        right.addWidget(self.status)
        columns = QHBoxLayout()
        columns.addWidget(self.kind_list)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        # The page's edges as on Today and the Journal, so the titles line up.
        layout.setContentsMargins(Spacing.MEDIUM, Spacing.SMALL, Spacing.SMALL, Spacing.SMALL)
        layout.addLayout(self.toolbar)
        layout.addLayout(columns, 1)
        QWidget.setTabOrder(self.kind_list, self.range_choice)
        QWidget.setTabOrder(self.range_choice, self.report_button)
        QWidget.setTabOrder(self.report_button, self.save_png)

        self.kind_list.currentRowChanged.connect(lambda _row: self.draw_if_changed())
        self.range_choice.currentIndexChanged.connect(lambda _index: self.draw_if_changed())
        self.area.settled.connect(self.draw_if_changed)
        self.save_png.clicked.connect(lambda: self.save(".png"))
        self.save_svg.clicked.connect(lambda: self.save(".svg"))
        self._enable_saving()
        self.retranslate()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        language = current_language()
        for row, kind in enumerate(self.kinds):
            item = self.kind_list.item(row)
            if item is not None:
                item.setText(text(kind.title_key, language))
        self.kind_list.setAccessibleName(self.tr("Charts"))
        widest = max(
            (
                self.kind_list.fontMetrics().horizontalAdvance(text(kind.title_key, language))
                for kind in self.kinds
            ),
            default=0,
        )
        self.kind_list.setFixedWidth(min(max(widest + 36, 150), 170))
        names = {
            TrendRange.WEEK: self.tr("Week"),
            TrendRange.MONTH: self.tr("Month"),
            TrendRange.THREE_MONTHS: self.tr("Three months"),
            TrendRange.YEAR: self.tr("Year"),
            TrendRange.ALL: self.tr("All"),
        }
        for index in range(self.range_choice.count()):
            wanted = TrendRange(self.range_choice.itemData(index))
            self.range_choice.setItemText(index, names[wanted])
        self.title.setText(self.tr("Trends"))
        self.range_label.setText(self.tr("&Range:"))
        self.save_png.setText(self.tr("Save as &PNG…"))
        self.save_svg.setText(self.tr("Save as S&VG…"))
        self.report_button.setText(self.tr("Monthly &report…"))
        self.report_button.setToolTip(
            self.tr(
                "A PDF of one month, to bring to a supporter, supervisor or clinician if you choose"
            )
        )
        self.summary.setAccessibleName(self.tr("The chart in words"))
        self.status.clear()
        self.draw_if_changed()

    # --- the store ----------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        self._services = services
        self.report_button.setEnabled(True)
        self.reload()

    def detach(self) -> None:
        """Forget the store and take every chart off the screen (used when locking)."""
        self._services = None
        self.report_button.setEnabled(False)
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog = None
        self._data = None
        self._drawn = None
        self.chart = None
        self.area.clear()
        for label in (self.heading, self.summary, self.status):
            label.clear()
        self.area.canvas.setAccessibleDescription("")
        self._enable_saving()

    def data_changed(self) -> None:
        """What the charts are drawn from may have changed (a check-in saved, edited or
        deleted, an import, other scales): read it again now if on the screen, else when
        next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def refresh(self) -> None:
        """When shown: read again only if the data may have changed or the day has turned
        (reading ten years takes a noticeable moment); else draw if anything else changed."""
        data = self._data
        if self._stale or data is None or data.today != local_today(self.zone):
            self.reload()
        else:
            self.draw_if_changed()

    def reload(self) -> None:
        """Read the data again; the chart is drawn again only if something in it changed."""
        if self._services is None:
            return
        trends = self._services.trends
        data = attempt(lambda: trends.trend_input(self.zone), self.status)
        if data is None:
            return
        self._stale = False
        if self._data is None or data != self._data:
            self._data = data
        self.draw_if_changed()

    @property
    def data(self) -> TrendInput | None:
        """What the charts on the page are drawn from (None while locked or not yet read)."""
        return self._data

    # --- drawing ------------------------------------------------------------------------
    def current_kind(self) -> ChartKind:
        return self.kinds[max(self.kind_list.currentRow(), 0)]

    def current_range(self) -> TrendRange:
        return TrendRange(self.range_choice.currentData())

    def _options(self, data: TrendInput, width: float, height: float, dpi: float) -> ChartOptions:
        start, end = range_bounds(self.current_range(), data.today, data.first_day)
        return ChartOptions(
            start, end, current_language(), theme_of(self.palette()), width, height, dpi
        )

    def draw_if_changed(self) -> None:
        """Draw the chart if it is on the screen and anything it shows has changed."""
        data = self._data
        if data is None or not self.isVisible():
            return
        options = self._options(data, *self.area.figure_size())
        wanted = (
            self.current_kind().name,
            options.start,
            options.end,
            options.theme.name,
            options.language,
            self.area.size_key(),
            id(data),
        )
        if wanted == self._drawn:
            return
        chart = self.current_kind().draw(data, options)
        self.draws += 1
        self._drawn = wanted
        self.chart = chart
        self.area.show_figure(chart.figure)
        self.heading.setText(chart.title)
        self.summary.setText(chart.summary)
        self.summary.setAccessibleDescription(chart.summary)
        self.area.canvas.setAccessibleName(chart.title)
        self.area.canvas.setAccessibleDescription(chart.summary)
        self._enable_saving()

    def open_report(self) -> None:
        """The monthly report dialog (a month, the paper, Save PDF…), over this page."""
        services = self._services
        if services is None:
            return
        self.report_dialog = MonthlyReportDialog(services, services.folder.root, self.zone, self)
        self.report_dialog.finished.connect(self._report_closed)
        self.report_dialog.open()

    def _report_closed(self) -> None:
        if self.report_dialog is not None:
            self.report_dialog.deleteLater()
            self.report_dialog = None

    def _enable_saving(self) -> None:
        can_save = self.chart is not None and not self.chart.empty
        self.save_png.setEnabled(can_save)
        self.save_svg.setEnabled(can_save)

    def save(self, suffix: str) -> None:
        """Save the chart on the screen as a PNG or SVG file, at a size of its own, light."""
        data, services = self._data, self._services
        if data is None or services is None:
            return
        kind = self.current_kind()

        def draw(width: float, height: float, dpi: float) -> Figure:
            options = replace(self._options(data, width, height, dpi), theme=LIGHT)
            chart = kind.draw(data, options)
            # A saved picture travels alone: it says what it shows and when, above the chart.
            heading = f"{chart.title} — {range_text(options.start, options.end, options.language)}"
            chart.figure.suptitle(
                drawable(heading), y=1.0, va="bottom", fontsize=12, color=LIGHT.foreground
            )
            return chart.figure

        start, end = range_bounds(self.current_range(), data.today, data.first_day)
        language = current_language()  # 気分と元気-…png in Japanese, companion-mood-energy-…png
        shown = ("companion", kind.name) if language == "en" else (text(kind.title_key, language),)
        name = offered_name(*shown, start.isoformat(), end.isoformat(), suffix=suffix)
        path, message = save_chart(self, draw, suffix, name, services.folder.root)
        if message or path is not None:
            self.status.say(message, DONE if path is not None else ATTENTION)

    # --- events -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the chart area has its final size before the first draw
        self.draw_if_changed()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _REDRAW_EVENTS:
            self.draw_if_changed()
        return handled


def _one_line_height(label: QLabel) -> int:
    """The height of `label` with one line of text, kept while it is empty, so words coming
    and going do not resize the chart."""
    label.setText("Mg")
    height = label.sizeHint().height()
    label.clear()
    return height
