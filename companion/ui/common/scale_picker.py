"""A row of named steps (mood, energy) picked by click, digit key or arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QWidget,
)

from companion.journal.scales import Scale
from companion.ui.common.i18n import Retranslating, current_language

# A sequential palette readable with common colour-vision differences; the number and the name
# on each button carry the meaning, the colour only repeats it.
_PALETTE = ("#6a7b9d", "#6b82a6", "#7fa0b8", "#a9b9a8", "#d8c27a", "#e9a94f", "#f08c3a")


# Japanese has no spaces and may break between any two characters, which splits "とてもつらい"
# as "とてもつ/らい". Where the button is wide enough, a word joiner (U+2060) between the other
# characters leaves only these breaks: after a leading word of degree, before a trailing one.
_JOINER = "\u2060"
_LEADING_WORDS = ("まあまあ", "とても", "少し", "やや")
_TRAILING_WORDS = ("いっぱい",)


def preferred_breaks(name: str) -> str:
    """`name` that wraps only at its natural breaks (spaces; Japanese degree words)."""
    if " " in name or len(name) < 2:
        return name
    head, tail = "", name
    for word in _LEADING_WORDS:
        if name.startswith(word) and len(name) > len(word):
            head, tail = name[: len(word)], name[len(word) :]
            break
    for word in _TRAILING_WORDS:
        if tail.endswith(word) and len(tail) > len(word):
            head, tail = tail[: -len(word)], tail[-len(word) :]
            break
    parts = [part for part in (head, tail) if part]
    return "\u200b".join(_JOINER.join(part) for part in parts)


def _colour(step: int, steps: int) -> str:
    index = round((step - 1) * (len(_PALETTE) - 1) / max(steps - 1, 1))
    return _PALETTE[index]


class StepButton(QToolButton):
    """One step: its number above its name. When the row is narrow the name wraps onto more
    lines instead of being cut to "Ver…red": at its natural breaks where they fit, else between
    any two Japanese characters; the button is never narrower than what it needs to show."""

    PAD_X = 6
    PAD_TOP = 4
    PAD_BOTTOM = 8  # the coloured bottom border is 4 px
    PREFERRED_WIDTH = 76

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferred = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    _FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def set_step(self, step: int, name: str) -> None:
        self.setText(f"{step}\n{name}")
        self._preferred = f"{step}\n{preferred_breaks(name)}"
        self.updateGeometry()

    def _shown_text(self, text_width: int) -> str:
        """The name with its natural breaks if that fits in `text_width`, else breakable
        anywhere."""
        metrics = self._metrics()
        narrowest = metrics.boundingRect(QRect(0, 0, 1, 100_000), self._FLAGS, self._preferred)
        return self._preferred if narrowest.width() <= text_width else self.text()

    def _metrics(self) -> QFontMetrics:
        """Measured in bold, as the checked step is drawn, so picking never changes the size."""
        font = QFont(self.font())
        font.setBold(True)
        return QFontMetrics(font)

    def _text_size(self, width: int) -> QSize:
        text = self._shown_text(width)
        return self._metrics().boundingRect(QRect(0, 0, width, 100_000), self._FLAGS, text).size()

    def minimumSizeHint(self) -> QSize:
        metrics = self._metrics()
        floor = metrics.horizontalAdvance("0") * 6  # no fewer than three or four kanji a line
        width = max(self._text_size(1).width(), floor) + 2 * self.PAD_X
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:
        one_line = self._metrics().boundingRect(
            QRect(0, 0, 100_000, 100_000), self._FLAGS, self.text()
        )
        width = max(one_line.width() + 2 * self.PAD_X, self.PREFERRED_WIDTH)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text_height = self._text_size(max(width - 2 * self.PAD_X, 1)).height()
        return text_height + self.PAD_TOP + self.PAD_BOTTOM

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = ""  # the frame and colours from the style; the text wrapped, below
        painter = QStylePainter(self)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
        font = QFont(self.font())
        font.setBold(self.isChecked())
        painter.setFont(font)
        if self.isChecked():
            painter.setPen(QColor("black"))  # on the step's own light colour
        else:
            group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
            painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        area = self.rect().adjusted(self.PAD_X, self.PAD_TOP, -self.PAD_X, -self.PAD_BOTTOM)
        painter.drawText(area, self._FLAGS, self._shown_text(area.width()))


class ScalePicker(Retranslating, QFrame):
    """Steps 1..n as buttons; keys 1-9 (0 for 10) pick, Left/Right move, Delete clears."""

    picked = Signal(int)

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName(f"{scale.kind}Picker")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.buttons: list[StepButton] = []
        for step in range(1, scale.steps + 1):
            button = StepButton(self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            colour = _colour(step, scale.steps)
            button.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); border-radius: 5px;"
                f" border-bottom: 4px solid {colour}; padding: 2px 4px; }}"
                f" QToolButton:checked {{ background: {colour}; color: black;"
                " border: 2px solid palette(text); font-weight: bold; }"
            )
            self._group.addButton(button, step)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self._group.idClicked.connect(self._clicked)
        self.setStyleSheet(
            f"#{self.objectName()} {{ border: 2px solid transparent; border-radius: 7px; }}"
            f" #{self.objectName()}:focus {{ border: 2px solid palette(highlight); }}"
        )
        self.retranslate()

    def retranslate(self) -> None:
        language = current_language()
        for step, button in enumerate(self.buttons, start=1):
            name = self.scale.name_of(step).in_language(language)
            button.set_step(step, name)
            button.setAccessibleName(f"{step} {name}")

    def value(self) -> int | None:
        step = self._group.checkedId()
        return step if step > 0 else None

    def set_value(self, step: int | None) -> None:
        if step is None:
            checked = self._group.checkedButton()
            if checked is not None:
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)
            return
        self.buttons[step - 1].setChecked(True)

    def _clicked(self, step: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.picked.emit(step)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text.isdigit() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            step = 10 if text == "0" else int(text)
            if 1 <= step <= self.scale.steps:
                self.set_value(step)
                self.picked.emit(step)
                return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            current = self.value() or (self.scale.steps + 1) // 2
            moved = current + (1 if key == Qt.Key.Key_Right else -1)
            self.set_value(max(1, min(self.scale.steps, moved)))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
            return
        super().keyPressEvent(event)
