"""Every interactive widget on every page and dialog can be named by a screen reader, the
charts have words, and text is readable (WCAG AA contrast) in the light and the dark palette."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from companion.ui.common.i18n import apply_language
from companion.ui.journal.edit_dialog import CheckinEditDialog
from companion.ui.reminders.dialog import PersonalReminderDialog
from companion.ui.unlock.dialogs import NewPassphraseDialog, UnlockDialog
from companion.ui.unlock.welcome import WelcomeDialog
from tests.ui.common.test_checkin_form import _entry
from tests.ui.conftest import create_through_welcome

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
PACKAGE = Path(__file__).resolve().parents[2] / "companion"


def _is_part_of_another(widget: QWidget, root: QWidget) -> bool:
    """A combo box's line edit and pop-up list, a spin box's editor, a view's scroll bars:
    named by their owner."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    if widget.window() is not root.window():  # a pop-up list or a completer's
        return True
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets with no accessible name, no label pointing at them and no text."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another(widget, root):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return missing


@pytest.fixture
def window(qtbot, session):
    create_through_welcome(qtbot, session)
    return session.window


def _pages(window) -> Iterator[QWidget]:
    yield window
    yield window.journal
    yield window.plan
    yield window.boundaries
    yield window.trends


def test_every_widget_of_every_page_has_a_name(qtbot, session, window) -> None:
    missing = [name for page in _pages(window) for name in unnamed_widgets(page)]
    assert not missing, "\n".join(missing)


def test_every_widget_of_every_dialog_has_a_name(qtbot, session, window, folder) -> None:
    session.show_settings()
    settings = session.settings_dialog
    settings.show_reminders()
    reminders = settings.reminders_dialog
    session.show_help_now()
    dialogs: list[QWidget] = [
        settings,
        reminders,
        PersonalReminderDialog(None, date(2026, 11, 29), reminders),
        session.help_window,
        CheckinEditDialog(_entry(), [], ["散歩"]),
        NewPassphraseDialog(session.services.key, window),
        UnlockDialog(folder, keychain_missing=False),
        WelcomeDialog(folder),
    ]
    missing = [name for dialog in dialogs for name in unnamed_widgets(dialog)]
    for dialog in dialogs:
        dialog.close()
    assert not missing, "\n".join(missing)


def test_the_walk_finds_a_nameless_widget(qtbot) -> None:
    """The check above can fail: a bare line edit and an icon-only button are reported."""
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root).setObjectName("bare")
    named = QLineEdit(root)
    named.setAccessibleName("Named")
    label = QLabel("&Label", root)
    label.setBuddy(QLineEdit(root))
    assert unnamed_widgets(root) == ["QLineEdit 'bare' in QWidget"]


def test_charts_and_the_week_glance_are_told_in_words(qtbot, session, window) -> None:
    glance = window.today.glance
    qtbot.waitUntil(lambda: bool(glance.accessibleDescription().strip()))
    assert glance.accessibleName().strip()
    window.navigation.setCurrentRow(4)
    for row in range(window.trends.kind_list.count()):  # every kind, the calendar too
        window.trends.kind_list.setCurrentRow(row)
        canvas = window.trends.area.canvas
        qtbot.waitUntil(lambda shown=canvas: bool(shown.accessibleDescription().strip()))
        assert canvas.accessibleName().strip()
        assert canvas.accessibleDescription() == window.trends.summary.text()


def test_the_names_are_japanese_in_japanese(qtbot, session, window) -> None:
    apply_language("ja")
    try:
        qtbot.waitUntil(lambda: window.navigation.accessibleName() != "Pages")
        names = [window.navigation.accessibleName(), window.today.glance.accessibleName()]
        names += [
            window.today.table.accessibleName(),
            window.today.checkin_form.when.accessibleName(),
        ]
        assert all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", name) for name in names), names
    finally:
        apply_language("en")


# --- contrast -------------------------------------------------------------------------------


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


PAIRS = [
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
]


def _palettes() -> dict[str, QPalette]:
    """The light palette Fusion starts with, and a dark one as a dark desktop gives it."""
    light = QApplication.style().standardPalette()
    dark = QPalette(light)
    for role, value in {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Highlight: "#2a5d9f",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
    }.items():
        dark.setColor(role, QColor(value))
    return {"light": light, "dark": dark}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palette_text_has_aa_contrast(qapp, theme) -> None:
    palette = _palettes()[theme]
    for foreground, background in PAIRS:
        ratio = contrast(palette.color(foreground), palette.color(background))
        assert ratio >= 4.5, (theme, foreground.name, background.name, round(ratio, 2))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_companions_own_palettes_have_aa_contrast(qapp, theme) -> None:
    """The palettes Companion applies (ui/common/design.py), in every colour group: text,
    placeholders, links, and a selected row's text on its highlight (Qt's own default
    highlight gives 3.7:1)."""
    from companion.ui.common.design import DARK, LIGHT, palette_for

    palette = palette_for(LIGHT if theme == "light" else DARK)
    role = QPalette.ColorRole
    pairs = [
        *PAIRS,
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.Link, role.Window),
    ]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for foreground, background in pairs:
            ratio = contrast(palette.color(group, foreground), palette.color(group, background))
            assert ratio >= 4.5, (theme, group.name, foreground.name, background.name, ratio)


HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def _sources() -> Iterator[tuple[Path, str]]:
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        yield path, path.read_text(encoding="utf-8")


def test_no_hard_coded_pixel_font_sizes() -> None:
    """The person's font size (and high-DPI scaling) is respected: no pixel sizes in code or
    style sheets."""
    found = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path, text in _sources()
        for number, line in enumerate(text.splitlines(), 1)
        if "setPixelSize" in line or re.search(r"font-size:\s*\d+(\.\d+)?px", line)
    ]
    assert not found, found


def test_custom_colours_keep_aa_contrast(qapp) -> None:
    """The colours chosen in code: banners and the nudge's links in both themes, plan history
    marks on a light and a dark base, the week glance legend, the checked step of a scale
    (black text)."""
    from companion.ui.common.design import DARK, LIGHT
    from companion.ui.common.scale_picker import _PALETTE
    from companion.ui.plan.history_dialog import CHANGE_COLOURS
    from companion.ui.today.glance import _ENERGY, _MOOD

    palettes = _palettes()
    pairs: list[tuple[str, str]] = [*(("#000000", step) for step in _PALETTE)]
    for colours in (LIGHT, DARK):  # banners (MessageLine: the nudge, reminders, messages)
        pairs += [(colours.text, banner) for banner in (colours.info, colours.attention)]
        pairs += [(colours.text, colours.done), (colours.accent, colours.window)]  # links
    for theme, palette in palettes.items():
        base = palette.color(QPalette.ColorRole.Base).name()
        window = palette.color(QPalette.ColorRole.Window).name()
        pairs += [(colour, base) for colour in CHANGE_COLOURS[theme].values()]
        pairs += [(_MOOD[theme], window), (_ENERGY[theme], window)]
    low = [
        (foreground, background, round(contrast(QColor(foreground), QColor(background)), 2))
        for foreground, background in pairs
        if contrast(QColor(foreground), QColor(background)) < 4.5
    ]
    assert not low, low


def test_style_sheets_never_hide_the_focus() -> None:
    """A style sheet that takes a control's border away gives it a visible :focus instead."""
    hiding = [
        f"{path.relative_to(PACKAGE)}"
        for path, text in _sources()
        if re.search(r"border:\s*none|outline:\s*none", text) and ":focus" not in text
    ]
    assert not hiding, hiding


def test_banners_say_what_they_are_in_words(qtbot, english) -> None:
    """Colour is never the only cue: the nudge and reminder banners carry words and a button
    named in words, whatever their background."""
    from companion.ui.today.nudge_banner import NudgeBanner

    banner = NudgeBanner()
    qtbot.addWidget(banner)
    for button in (banner.dismiss_button, banner.help_now_button, banner.crisis_plan_button):
        assert button.text().replace("&", "").strip()
