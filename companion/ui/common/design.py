"""Companion's look in one place: spacing, type sizes, colour roles for light and dark, the theme.

Sizes of type are factors of the system font, so a person who chose larger text gets larger
text everywhere. Colours are named roles; mood and energy are the charts' Okabe–Ito blue and
orange (companion/charts/palette.py), which colour-blind people tell apart, and they always come
with a second cue (the number and a word). Nothing is red: a low day is not an alarm, and a
problem is told calmly, with an icon and words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.charts.palette import ENERGY, MOOD_ON_DARK, MOOD_ON_LIGHT
from companion.resources import resources_root


class Spacing:
    """The spacing scale, in device-independent pixels: everything lines up on these."""

    TIGHT = 4
    SMALL = 8
    MEDIUM = 12
    LARGE = 16
    XLARGE = 24
    PAGE = 20  # around a page's content


class TypeScale(Enum):
    """Point-size factors of the system font, and whether the text is bold."""

    PAGE_TITLE = (1.6, True)
    SECTION = (1.15, True)
    BODY = (1.0, False)
    CAPTION = (0.9, False)


def set_type(label: QWidget, role: TypeScale) -> None:
    """Give `label` the size and weight of `role`, relative to the application's font (which
    follows the system's text size)."""
    factor, bold = role.value
    font = QFont(QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    label.setFont(font)


@dataclass(frozen=True)
class Colours:
    """Colour roles for one scheme (hex strings)."""

    name: str
    window: str
    surface: str  # lists, fields, cards
    sidebar: str
    text: str
    muted: str
    border: str
    accent: str  # selection, the chosen page, links
    accent_text: str
    chosen: str  # the chosen row of a secondary list: a soft accent
    mood: str
    energy: str
    info: str  # calm banners: background, then their edge
    info_edge: str
    attention: str  # something to look at (a field to fix): amber, not red
    attention_edge: str
    done: str  # something went through
    done_edge: str


LIGHT = Colours(
    name="light",
    window="#f6f7f9",
    surface="#ffffff",
    sidebar="#eceff3",
    text="#1f2328",
    muted="#5f6770",
    border="#d3d9e0",
    accent="#0a6bb0",
    accent_text="#ffffff",
    chosen="#d6e7f5",
    mood=MOOD_ON_LIGHT,
    energy=ENERGY,
    info="#e8f1f8",
    info_edge="#0072b2",
    attention="#fdf3dc",
    attention_edge="#b07800",
    done="#e3f4ee",
    done_edge="#00805c",
)
DARK = Colours(
    name="dark",
    window="#1b1e23",
    surface="#23272e",
    sidebar="#16191d",
    text="#e6e8eb",
    muted="#a2a9b1",
    border="#3a4048",
    accent="#56b4e9",
    accent_text="#0d1a24",
    chosen="#2b4457",
    mood=MOOD_ON_DARK,
    energy=ENERGY,
    info="#1f3140",
    info_edge="#56b4e9",
    attention="#3a3020",
    attention_edge="#e6b040",
    done="#1c3530",
    done_edge="#2fbf8f",
)


class Theme(Enum):
    """The choice in Settings: follow the system, or always light or dark."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def system_is_dark() -> bool:
    """Whether the system asks for a dark scheme (Qt 6.5+; light when it does not say)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:
        return False
    return bool(scheme() == Qt.ColorScheme.Dark)


def colours_for(theme: Theme) -> Colours:
    if theme is Theme.DARK:
        return DARK
    if theme is Theme.LIGHT:
        return LIGHT
    return DARK if system_is_dark() else LIGHT


def palette_for(colours: Colours) -> QPalette:
    """A Fusion palette for `colours` (disabled text stays readable, but muted)."""
    palette = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    pairs = {
        role.Window: colours.window,
        role.WindowText: colours.text,
        role.Base: colours.surface,
        role.AlternateBase: colours.window,
        role.Text: colours.text,
        role.Button: colours.surface,
        role.ButtonText: colours.text,
        role.BrightText: colours.text,
        role.ToolTipBase: colours.surface,
        role.ToolTipText: colours.text,
        role.PlaceholderText: colours.muted,
        role.Highlight: colours.accent,
        role.HighlightedText: colours.accent_text,
        role.Link: colours.accent,
        role.LinkVisited: colours.accent,
        role.Mid: colours.border,
        role.Midlight: colours.border,
        role.Dark: colours.border,
        role.Shadow: colours.border,
        role.Light: colours.surface,
    }
    for colour_role, value in pairs.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(colours.muted))
    return palette


def style_sheet(colours: Colours) -> str:
    """The least QSS the palette cannot say: the sidebar, banners and rounded fields."""
    return f"""
QListWidget#navigation {{
    background: {colours.sidebar};
    border: none;
    border-radius: 8px;
    padding: {Spacing.SMALL}px {Spacing.TIGHT}px;
    outline: none;
}}
QListWidget#navigation:focus, QListWidget#planSections:focus, QListWidget#chartKinds:focus {{
    border: 2px solid {colours.accent};  /* the item outline is off: the list shows the focus */
}}
QListWidget#navigation::item {{
    padding: {Spacing.SMALL}px {Spacing.SMALL}px;
    margin: 2px 0px;
    border-radius: 6px;
    color: {colours.text};
}}
QListWidget#navigation::item:hover {{
    background: {colours.border};
}}
QListWidget#navigation::item:selected {{
    background: {colours.accent};
    color: {colours.accent_text};
}}
QListWidget#planSections, QListWidget#chartKinds {{
    background: {colours.surface};
    border: 1px solid {colours.border};
    border-radius: 8px;
    padding: {Spacing.TIGHT}px;
    outline: none;
}}
QListWidget#planSections::item, QListWidget#chartKinds::item {{
    padding: 5px {Spacing.SMALL}px;
    border-radius: 6px;
    color: {colours.text};
}}
QListWidget#planSections::item:selected, QListWidget#chartKinds::item:selected {{
    background: {colours.chosen};
    color: {colours.text};
}}
QLabel[banner="info"] {{
    background: {colours.info};
    border-left: 4px solid {colours.info_edge};
    border-radius: 6px;
}}
QLabel[banner="attention"] {{
    background: {colours.attention};
    border-left: 4px solid {colours.attention_edge};
    border-radius: 6px;
}}
QLabel[banner="done"] {{
    background: {colours.done};
    border-left: 4px solid {colours.done_edge};
    border-radius: 6px;
}}
"""


_current = LIGHT


def current_colours() -> Colours:
    """The colours the application shows now."""
    return _current


def apply_theme(theme: Theme) -> Colours:
    """Fusion, the palette and the style sheet for `theme`, application-wide. Widgets that
    draw by themselves (the charts) hear a PaletteChange and draw again."""
    global _current
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return _current
    colours = colours_for(theme)
    _current = colours
    app.setStyle("Fusion")
    app.setPalette(palette_for(colours))
    app.setStyleSheet(style_sheet(colours))
    return colours


class ThemeFollower(QObject):
    """Keeps the application on the chosen theme; with SYSTEM, follows the system's scheme
    when it changes (Qt 6.5+ `colorSchemeChanged`)."""

    def __init__(self, theme: Theme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        hints = QGuiApplication.styleHints()
        changed = getattr(hints, "colorSchemeChanged", None)
        if changed is not None:
            changed.connect(self._system_changed)
        apply_theme(theme)

    def choose(self, theme: Theme) -> None:
        self.theme = theme
        apply_theme(theme)

    def _system_changed(self, *_scheme: object) -> None:
        if self.theme is Theme.SYSTEM:
            apply_theme(Theme.SYSTEM)


# --- icons ------------------------------------------------------------------------------------
ICON_SIZE = QSize(20, 20)


def icon_path(name: str) -> Path:
    return resources_root() / "icons" / f"{name}.svg"


def icon(name: str, colour: str | None = None) -> QIcon:
    """One of Companion's own SVG icons (resources/icons/), drawn in `colour` (the text colour
    of the current theme unless given), so it reads on light and dark alike."""
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    source = icon_path(name).read_text(encoding="utf-8")
    tinted = source.replace("currentColor", colour or _current.text)
    renderer = QSvgRenderer(tinted.encode("utf-8"))
    result = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(ICON_SIZE * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result


NARROWEST_TEXT = 120  # the least width a wrapping label asks for, in device-independent pixels


def let_wrap(label: QLabel, narrowest: int = NARROWEST_TEXT) -> None:
    """Word-wrap `label` and let layouts make it as narrow as `narrowest`: a long text, or a
    longer language, then takes more lines instead of widening the page past a small window."""
    label.setWordWrap(True)
    label.setMinimumWidth(narrowest)


def set_banner(label: QLabel, severity: str | None) -> None:
    """Mark `label` as a banner of `severity` (info, attention, done) or as plain text (None),
    so the style sheet colours it; the words always say what it is about."""
    label.setProperty("banner", severity or "")
    style = label.style()
    style.unpolish(label)
    style.polish(label)


# --- dates ------------------------------------------------------------------------------------
def four_digit_year(pattern: str) -> str:
    """A Qt date pattern with a four-digit year ("M/d/yy" → "M/d/yyyy")."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_edit_format() -> str:
    """What a date field shows: the locale's short date with a four-digit year."""
    return four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date_time_edit_format() -> str:
    """What a date-and-time field shows: the locale's short form with a four-digit year."""
    return four_digit_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def short_date_time(moment: QDateTime) -> str:
    """`moment` in the locale's short format, but with a four-digit year (11/29/2026 3:04 PM,
    2026/11/29 15:04): a two-digit year is easy to misread in a record kept for years."""
    return QLocale().toString(moment, date_time_edit_format())
