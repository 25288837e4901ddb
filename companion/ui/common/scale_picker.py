"""A row of named steps (mood, energy) picked by click, digit key or arrow keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

from companion.journal.scales import Scale
from companion.ui.common.i18n import Retranslating, current_language

# A sequential palette readable with common colour-vision differences; the number and the name
# on each button carry the meaning, the colour only repeats it.
_PALETTE = ("#5b6c8f", "#6b82a6", "#7fa0b8", "#a9b9a8", "#d8c27a", "#e9a94f", "#f08c3a")


def _colour(step: int, steps: int) -> str:
    index = round((step - 1) * (len(_PALETTE) - 1) / max(steps - 1, 1))
    return _PALETTE[index]


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
        self.buttons: list[QToolButton] = []
        for step in range(1, scale.steps + 1):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumWidth(76)
            button.setMinimumHeight(46)
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
            button.setText(f"{step}\n{name}")
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
