"""Pseudo-localisation: every string of the UI comes out about 40% longer and accented
("[Ŝàvé ćĥéćķ-íñ ~~~~]"), and no label or button on any page is clipped at 900×600."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from tests.ui.conftest import create_through_welcome

ACCENTED = str.maketrans(
    "aceinosuyACEINOSUYgkhGKH",
    "àćéíñöšúýÀĆÉÍÑÖŠÚÝĝķĥĜĶĤ",
)
# Kept as they are: %1, %n, {name}, HTML tags and entities, and the "&" of a mnemonic.
KEEP = re.compile(r"%\d{1,2}|%n|\{[A-Za-z_]\w*\}|<[^>]*>|&\w+;|&&|&")


def pseudo(text: str) -> str:
    """Accented and ~40% longer, placeholders and markup untouched."""
    if not text.strip():
        return text
    parts = []
    last = 0
    for match in KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(ACCENTED))
    padding = "~" * max(2, round(len(text) * 0.4) - 2)
    return "[" + "".join(parts) + " " + padding + "]"


class PseudoTranslator(QTranslator):
    """Every string through pseudo(): Qt asks it before the (English) source text is used."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def test_pseudo_keeps_placeholders_and_markup() -> None:
    assert pseudo("&Save check-in") == "[&Šàvé ćĥéćķ-íñ ~~~~]"
    text = pseudo("Mood about %1 of %2 <b>now</b> {path}")
    assert "%1" in text and "%2" in text and "<b>" in text and "{path}" in text
    assert len(pseudo("Keyboard shortcuts")) >= len("Keyboard shortcuts") * 1.35


@pytest.fixture
def pseudo_window(qtbot, session) -> Iterator[QWidget]:
    create_through_welcome(qtbot, session)
    window = session.window
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        window.resize(900, 600)
        qtbot.waitUntil(lambda: window.today.save_button.text().startswith("["))
        yield window
    finally:
        QCoreApplication.removeTranslator(translator)


def _shown_text(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def placeholder_room(field: QLineEdit) -> int:
    """How wide the words in `field` may be before they are cut off."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * 2  # Qt's inner margin


def cut_placeholders(root: QWidget) -> list[str]:
    """Empty fields shown narrower than the words of their placeholder."""
    return [
        f"{field.objectName() or field.placeholderText()[:40]!r} (placeholder)"
        for field in root.findChildren(QLineEdit)
        if field.isVisible()
        and field.placeholderText()
        and not field.text()
        and field.fontMetrics().horizontalAdvance(field.placeholderText()) > placeholder_room(field)
    ]


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons shown narrower (or shorter) than their words need."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text.strip() or widget.textFormat() == Qt.TextFormat.RichText:
                continue
            if not widget.pixmap().isNull() or re.search(r"<\w+[^>]*>", text):
                continue
            area = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"{widget.objectName() or _shown_text(text)[:40]!r} (height)")
                continue
            metrics = QFontMetrics(widget.font())
            widest = max(metrics.horizontalAdvance(line) for line in _shown_text(text).split("\n"))
            if widest > area.width() + 1:
                found.append(f"{widget.objectName() or _shown_text(text)[:40]!r}")
        elif (
            isinstance(widget, (QPushButton, QCheckBox))
            and widget.text().strip()
            and widget.sizeHint().width() > widget.width() + 1
        ):
            found.append(f"{widget.objectName() or _shown_text(widget.text())[:40]!r}")
    return found


def _pages(window) -> Iterator[tuple[str, QWidget]]:
    yield "Today", window.today
    for row, name in ((1, "Journal"), (2, "Plan"), (3, "Boundaries"), (4, "Trends")):
        window.navigation.setCurrentRow(row)
        page = window.pages.currentWidget()
        if name == "Boundaries":
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                yield f"Boundaries tab {tab}", page
        else:
            yield name, page


def _navigation_items_fit(window) -> list[str]:
    navigation = window.navigation
    metrics = QFontMetrics(navigation.font())
    room = navigation.viewport().width() - 2 * navigation.spacing() - 8
    return [
        navigation.item(row).text()
        for row in range(navigation.count())
        if metrics.horizontalAdvance(navigation.item(row).text()) > room
    ]


def test_no_label_or_button_is_clipped_at_900_by_600(qtbot, pseudo_window) -> None:
    window = pseudo_window
    window.show()
    found = []
    too_wide = set()
    cut = set()
    for name, page in _pages(window):
        window.resize(900, 600)
        qtbot.wait(20)  # layouts settle
        found += [f"{name}: {item}" for item in clipped(page)]
        cut |= {f"{name}: {field}" for field in cut_placeholders(page)}
        # A page whose words need a wider window than 900 pixels is cut off on a small screen.
        if window.minimumSizeHint().width() > 900:
            too_wide.add(name.split(" tab ")[0])
    assert not found, "\n".join(found)
    assert not _navigation_items_fit(window)
    assert not too_wide
    assert not cut, "\n".join(sorted(cut))
