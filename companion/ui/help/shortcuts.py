"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions and shortcuts
(so the list cannot drift from the keys that work), and the keys of the check-in scales."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.ui.common.i18n import Retranslating

NATIVE = QKeySequence.SequenceFormat.NativeText


def _known_meaning(sequence: QKeySequence) -> str | None:
    """Words for shortcuts whose action has no fixed text (undo, redo) or no text at all."""
    meanings = {
        QKeySequence(QKeySequence.StandardKey.Undo): QCoreApplication.translate(
            "KeyboardShortcutsDialog", "Undo the last change (Journal, Plan)"
        ),
        QKeySequence(QKeySequence.StandardKey.Redo): QCoreApplication.translate(
            "KeyboardShortcutsDialog", "Redo (Plan)"
        ),
        QKeySequence("Ctrl+Return"): QCoreApplication.translate(
            "KeyboardShortcutsDialog", "Save the check-in (Today, Edit)"
        ),
        QKeySequence("Ctrl+Enter"): QCoreApplication.translate(
            "KeyboardShortcutsDialog", "Save the check-in (Today, Edit)"
        ),
        QKeySequence(Qt.Key.Key_Escape): QCoreApplication.translate(
            "KeyboardShortcutsDialog", "Stop editing a contact or a talk"
        ),
    }
    return meanings.get(sequence)


def shortcut_rows(root: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action and shortcut under `root`, in a stable order."""
    meanings: dict[str, str] = {}
    for action in root.findChildren(QAction):
        for sequence in action.shortcuts():
            text = action.text().replace("&", "").rstrip("…").strip()
            meaning = _known_meaning(sequence) or text
            if meaning:
                meanings.setdefault(sequence.toString(NATIVE), meaning)
    for shortcut in root.findChildren(QShortcut):
        sequence = shortcut.key()
        meaning = _known_meaning(sequence) or shortcut.whatsThis()
        if meaning and not sequence.isEmpty():
            meanings.setdefault(sequence.toString(NATIVE), meaning)
    by_meaning: dict[str, list[str]] = {}
    for keys, meaning in meanings.items():
        by_meaning.setdefault(meaning, []).append(keys)
    return [(" / ".join(keys), meaning) for meaning, keys in by_meaning.items()]


def fixed_rows() -> list[tuple[str, str]]:
    """Keys that belong to widgets rather than to actions: the scales, moving around."""
    return [
        (
            QCoreApplication.translate("KeyboardShortcutsDialog", "1 … 9, 0"),
            QCoreApplication.translate(
                "KeyboardShortcutsDialog", "Pick a step of the focused scale (0 is step 10)"
            ),
        ),
        (
            QCoreApplication.translate("KeyboardShortcutsDialog", "← →"),
            QCoreApplication.translate(
                "KeyboardShortcutsDialog", "One step down or up on the focused scale"
            ),
        ),
        (
            QCoreApplication.translate(
                "KeyboardShortcutsDialog", "Delete", "the key on the keyboard"
            ),
            QCoreApplication.translate("KeyboardShortcutsDialog", "Clear the focused scale"),
        ),
        (
            QCoreApplication.translate("KeyboardShortcutsDialog", "Enter"),
            QCoreApplication.translate(
                "KeyboardShortcutsDialog", "Save the check-in from the Sleep field"
            ),
        ),
        (
            QCoreApplication.translate("KeyboardShortcutsDialog", "Tab, Shift+Tab"),
            QCoreApplication.translate("KeyboardShortcutsDialog", "Next or previous field"),
        ),
        (
            QCoreApplication.translate("KeyboardShortcutsDialog", "Alt + underlined letter"),
            QCoreApplication.translate("KeyboardShortcutsDialog", "Go to that field or button"),
        ),
    ]


class KeyboardShortcutsDialog(Retranslating, QDialog):
    """A table of keys and what they do; it reads the window's actions each time it is shown."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("keyboardShortcuts")
        self.window_with_keys = window
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        self.retranslate()

    def rows(self) -> list[tuple[str, str]]:
        return shortcut_rows(self.window_with_keys) + fixed_rows()

    def refill(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (keys, meaning) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        self.refill()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr(
                "Everything in Companion works from the keyboard. Tab moves to the next field,"
                " and a letter underlined in a label goes there with Alt."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys", "keys on the keyboard"), self.tr("What it does")]
        )
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.refill()
