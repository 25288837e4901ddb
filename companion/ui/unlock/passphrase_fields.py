"""Two passphrase fields with a live strength hint, shared by first run and passphrase change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from companion.passphrase import estimate
from companion.ui.common.i18n import Retranslating
from companion.ui.unlock.passphrase_feedback import translated


class PassphraseFields(Retranslating, QWidget):
    """Passphrase, its repetition, and zxcvbn's estimate with its advice, translated;
    `problem()` says what blocks going on. The passphrase is never logged or kept elsewhere."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("passphrase")
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("passphraseAgain")
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._first_label = QLabel(self)
        self._second_label = QLabel(self)
        self._first_label.setBuddy(self.first)
        self._second_label.setBuddy(self.second)
        self._form.addRow(self._first_label, self.first)
        self._form.addRow(self._second_label, self.second)
        self._form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self._first_label.setText(self.tr("&Passphrase:"))
        self._second_label.setText(self.tr("&Type it again:"))
        self.first.setPlaceholderText(self.tr("a few words only you would put together"))
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None when it can."""
        text = self.first.text()
        if not estimate(text).acceptable:
            return self.tr(
                "This passphrase is too easy to guess. Add another word or two that only you "
                "would put together."
            )
        if self.second.text() != text:
            return self.tr("The two passphrases are not the same yet.")
        return None

    def _update(self) -> None:
        text = self.first.text()
        if not text:
            hint = self.tr("A passphrase of several words is easy to remember and hard to guess.")
        else:
            found = estimate(text)
            levels = (
                self.tr("Strength: very weak. This passphrase cannot be used."),
                self.tr("Strength: weak. This passphrase cannot be used."),
                self.tr("Strength: fair. It can be used."),
                self.tr("Strength: good."),
                self.tr("Strength: strong."),
            )
            advice = (translated(line) for line in (found.warning, *found.suggestions) if line)
            hint = "\n".join([levels[found.score], *filter(None, advice)])
        if self.second.text() and self.second.text() != self.first.text():
            hint += "\n" + self.tr("The two passphrases are not the same yet.")
        self.hint.setText(hint)
        self.changed.emit()
