"""The week at a glance on Today: a small mood and energy line and the week's contacts."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from companion.services.store_services import StoreServices
from companion.ui.common.i18n import Retranslating
from companion.ui.common.operation import attempt
from companion.ui.today.week import Week, read_week

# The chart colours (Okabe–Ito, as companion.charts.style, which this must not import: it
# would bring matplotlib into every start). No red: a low day is not an alarm.
_MOOD = {"light": "#0072b2", "dark": "#56b4e9"}
_ENERGY = {"light": "#8a5d00", "dark": "#e69f00"}
_PADDING = 8.0


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


GLANCE_HEIGHT = 84  # beside the page title: Today still fits 600 pixels in Japanese


class WeekGlance(Retranslating, QWidget):
    """Painted with QPainter (no matplotlib). The data is read after the glance is first
    painted, so it never delays the window; click it or press Enter to open Trends."""

    open_requested = Signal()

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGlance")
        self.zone = zone
        self._services: StoreServices | None = None
        self._wanted = False  # a read is due at the next paint
        self._held = False  # a read waits for `release` (Today's list is painted first)
        self.week: Week | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedHeight(GLANCE_HEIGHT)
        self.setMinimumWidth(240)
        self.setMaximumWidth(380)
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(320, GLANCE_HEIGHT)

    # --- data ---------------------------------------------------------------------------
    def attach(self, services: StoreServices) -> None:
        self._services = services
        self.refresh()

    def detach(self) -> None:
        self._services = None
        self._wanted = False
        self._held = False
        self.week = None
        self.retranslate()
        self.update()

    def refresh(self) -> None:
        """Read the week again, once it is painted (after a check-in is saved, say)."""
        if self._services is None:
            return
        self._wanted = True
        if not self._held:
            self.update()

    def hold(self) -> None:
        """Refreshes asked for from now on wait for `release`."""
        self._held = True

    def release(self) -> None:
        self._held = False
        if self._wanted:
            self.update()

    def load(self) -> None:
        """Read the last seven days now (if still on the screen: else at the next paint)."""
        services = self._services
        if services is None:
            self._wanted = False
            return
        if not self.isVisible():  # the window closed or hid meanwhile
            self._wanted = True
            return
        self._wanted = False
        week = attempt(lambda: read_week(services, self.zone), lambda _text: None)
        if week is not None:
            self.week = week
            self.retranslate()
            self.update()

    # --- words --------------------------------------------------------------------------
    def in_words(self) -> str:
        """The glance as a sentence, for a screen reader and the tooltip."""
        week = self.week
        if week is None:
            return ""
        if week.days_with_checkins == 0:
            words = self.empty_text()
        else:
            words = self.tr("The last seven days: check-ins on %1 of 7 days.").replace(
                "%1", str(week.days_with_checkins)
            )
            mood = week.mean_step("mood")
            words += " " + self.tr("Mood about %1 of %2.").replace("%1", str(mood))
            words = words.replace("%2", str(week.mood_steps))
            energy = week.mean_step("energy")
            if energy is not None:
                words += " " + self.tr("Energy about %1 of %2.").replace("%1", str(energy))
                words = words.replace("%2", str(week.energy_steps))
        if week.contacts is not None:
            words += " " + self.contacts_text(week.contacts)
        return words

    def empty_text(self) -> str:
        return self.tr("Your week will show here after a few check-ins.")

    def contacts_text(self, contacts: int) -> str:
        return self.tr("Contacts: %1").replace("%1", str(contacts))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Your week at a glance; opens Trends"))
        words = self.in_words()
        self.setAccessibleDescription(words)
        hint = self.tr("Click or press Enter to open Trends.")
        self.setToolTip(f"{words}\n{hint}" if words else hint)
        self.update()

    # --- input --------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.open_requested.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()
        if self._wanted and not self._held:
            self._wanted = False
            QTimer.singleShot(0, self, self.load)  # painted first, then read

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        border = palette.color(
            QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
        )
        painter.setPen(QPen(border, 2.0 if self.hasFocus() else 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 6.0, 6.0)
        week = self.week
        if week is None:
            return
        caption = QFont(self.font())
        caption.setBold(True)
        painter.setFont(caption)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        inner = frame.adjusted(_PADDING, _PADDING * 0.6, -_PADDING, -_PADDING * 0.6)
        line = QFontMetrics(caption).height()
        top = QRectF(inner.left(), inner.top(), inner.width(), line)
        title = self.tr("Last 7 days")
        if week.contacts is not None:
            title += " · " + self.contacts_text(week.contacts)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(self.font())
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if week.days_with_checkins > 0:
            used = QFontMetrics(caption).horizontalAdvance(title)
            self._paint_legend(painter, top.adjusted(used, 0, 0, 0))
        body = QRectF(
            inner.left(), top.bottom() + 2, inner.width(), inner.bottom() - top.bottom() - 2
        )
        if week.days_with_checkins == 0:
            painter.setPen(muted)
            painter.drawText(
                body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text()
            )
            return
        self._paint_lines(painter, week, body, muted)

    def _paint_legend(self, painter: QPainter, row: QRectF) -> None:
        """The legend, right-aligned in `row`: ● Mood ■ Energy, each word in its line's
        colour (left out where it does not fit; the words say the same)."""
        metrics = QFontMetrics(self.font())
        theme = "dark" if _is_dark(self.palette()) else "light"
        labels = (
            ("■ " + self.tr("Energy"), _ENERGY[theme]),
            ("● " + self.tr("Mood"), _MOOD[theme]),
        )
        gap = metrics.horizontalAdvance("  ")
        needed = sum(metrics.horizontalAdvance(label) + gap for label, _colour in labels)
        if needed > row.width():
            return
        right = row.right()
        for label, colour in labels:
            width = metrics.horizontalAdvance(label)
            painter.setPen(QColor(colour))
            box = QRectF(right - width, row.top(), width, row.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
            right -= width + gap

    def _paint_lines(self, painter: QPainter, week: Week, body: QRectF, muted: QColor) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 7.0))
        label_height = QFontMetrics(small).height()
        plot = QRectF(
            body.left() + 6, body.top() + 4, body.width() - 12, body.height() - label_height - 6
        )
        step = plot.width() / (len(week.days) - 1)
        xs = [plot.left() + index * step for index in range(len(week.days))]
        painter.setFont(small)
        painter.setPen(muted)
        locale = QLocale()
        for x, day in zip(xs, week.days, strict=True):
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            label = QRectF(x - step / 2, plot.bottom() + 4, step, label_height)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, name)
        theme = "dark" if _is_dark(self.palette()) else "light"
        for values, colour, dashed, square in (
            (week.mood, _MOOD[theme], False, False),
            (week.energy, _ENERGY[theme], True, True),
        ):
            points = [
                None if value is None else QPointF(x, plot.bottom() - value * plot.height())
                for x, value in zip(xs, values, strict=True)
            ]
            self._paint_series(painter, points, QColor(colour), dashed, square)

    @staticmethod
    def _paint_series(
        painter: QPainter, points: list[QPointF | None], colour: QColor, dashed: bool, square: bool
    ) -> None:
        """A line through neighbouring days (a day without a check-in breaks it) and a
        marker on each day; energy is dashed with squares, so colour is never the only cue."""
        pen = QPen(colour, 2.0)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        previous: QPointF | None = None
        for point in points:
            if point is not None:
                if previous is None:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            previous = point
        painter.drawPath(path)
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        for point in points:
            if point is None:
                continue
            if square:
                painter.drawRect(QRectF(point.x() - 2.5, point.y() - 2.5, 5.0, 5.0))
            else:
                painter.drawEllipse(point, 3.0, 3.0)
