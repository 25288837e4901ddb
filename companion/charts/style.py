"""How charts look: light and dark themes, colour-blind-safe colours, fonts that exist here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from unicodedata import east_asian_width

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, fontManager
from matplotlib.ft2font import FT2Font
from matplotlib.lines import Line2D

from companion.charts.palette import ENERGY, MOOD_ON_DARK, MOOD_ON_LIGHT

# Families tried for Japanese, in order; only those installed are used, so matplotlib never
# warns about a family it cannot find.
CJK_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Source Han Sans JP",
    "IPAexGothic",
    "IPAGothic",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Yu Gothic",
    "Meiryo",
    "MS Gothic",
    "TakaoPGothic",
    "VL PGothic",
)
LATIN_FAMILY = "DejaVu Sans"  # ships with matplotlib, so it is always there
REPLACEMENT = "\u25a1"  # □, drawn for a character no installed font has (an emoji, say)


@dataclass(frozen=True)
class ChartTheme:
    """Colours as named roles. Mood and energy are blue and orange (Okabe–Ito), told apart by
    colour-blind people and backed by a second cue (line style, marker). No red anywhere:
    a low day is not an alarm."""

    name: str
    background: str
    foreground: str
    muted: str
    grid: str
    mood: str
    energy: str
    accent: str
    soft: str


LIGHT = ChartTheme(
    name="light",
    background="#ffffff",
    foreground="#1f2328",
    muted="#5f6770",
    grid="#d8dde3",
    mood=MOOD_ON_LIGHT,
    energy=ENERGY,
    accent="#009e73",
    soft="#cfe3f1",
)
DARK = ChartTheme(
    name="dark",
    background="#1e2126",
    foreground="#e6e8eb",
    muted="#a2a9b1",
    grid="#3a4048",
    mood=MOOD_ON_DARK,
    energy=ENERGY,
    accent="#2fbf8f",
    soft="#2b4457",
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK)}


@cache
def font_families() -> tuple[str, ...]:
    """The families charts use: DejaVu Sans, then the first installed Japanese family."""
    installed = {entry.name for entry in fontManager.ttflist}
    cjk = [family for family in CJK_FAMILIES if family in installed][:1]
    return (LATIN_FAMILY, *cjk)


@cache
def _covered() -> frozenset[int]:
    codes: set[int] = set()
    for family in font_families():
        path = findfont(FontProperties(family=family), fallback_to_default=False)
        codes.update(FT2Font(path).get_charmap())
    return frozenset(codes)


def drawable(text: str) -> str:
    """`text` with every character no chart font can draw replaced by □, so an emoji in a
    tag never makes matplotlib warn or draw nothing."""
    covered = _covered()
    return "".join(char if char in "\n\t" or ord(char) in covered else REPLACEMENT for char in text)


def has_japanese_font() -> bool:
    return len(font_families()) > 1


def new_figure(theme: ChartTheme, width: float, height: float, dpi: float) -> Figure:
    """An empty Figure (no pyplot, so no global state and no GUI backend) in the theme."""
    # Named families, not "sans-serif": only a list of families gives glyph fallback.
    matplotlib.rcParams["font.family"] = list(font_families())
    return Figure(figsize=(width, height), dpi=dpi, facecolor=theme.background)


def style_axes(axes: Axes, theme: ChartTheme) -> None:
    """Quiet axes: no box, a light grid behind the data, text in the theme's colours."""
    axes.set_facecolor(theme.background)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(theme.grid)
    axes.tick_params(colors=theme.muted, labelsize=9)
    axes.yaxis.label.set_color(theme.foreground)
    axes.xaxis.label.set_color(theme.foreground)
    axes.title.set_color(theme.foreground)
    axes.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)
    axes.set_axisbelow(True)


def draw_message(figure: Figure, theme: ChartTheme, message: str) -> None:
    """A calm message in the middle of an otherwise empty chart (no data yet, say)."""
    # matplotlib's own wrapping breaks only at spaces, which Japanese does not have.
    columns = max(20, int(figure.get_figwidth() * 0.85 / 0.09))
    figure.text(
        0.5,
        0.5,
        "\n".join(wrapped(drawable(message), columns)),
        ha="center",
        va="center",
        fontsize=11,
        color=theme.muted,
        linespacing=1.5,
    )


# Not at the start of a line in Japanese (kinsoku): closing marks and small kana.
_NO_LINE_START = set("、。，．）」』〕】！？ーぁぃぅぇぉっゃゅょァィゥェォッャュョ")


def wrapped(text: str, columns: int) -> list[str]:
    """`text` in lines of at most about `columns` columns (a Japanese character counts two):
    at spaces where there are spaces, else after any character but before closing marks."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in re.findall(r"\S+\s*", paragraph):
            if text_columns(line + word.rstrip()) <= columns:
                line += word
                continue
            if line:
                lines.append(line.rstrip())
                line = ""
            for char in word:
                if text_columns(line + char) > columns and line and char not in _NO_LINE_START:
                    lines.append(line.rstrip())
                    line = ""
                line += char
        lines.append(line.rstrip())
    return lines


def set_margins(
    figure: Figure,
    left: float = 0.75,
    bottom: float = 0.5,
    right: float = 0.2,
    top: float = 0.25,
    between: float = 0.35,
) -> None:
    """Fixed margins in inches around the axes (and `between` stacked or side-by-side ones):
    much cheaper than tight_layout, which draws every label once more to measure it, and
    the same picture for charts whose labels have a known length."""
    width, height = figure.get_figwidth(), figure.get_figheight()
    figure.subplots_adjust(
        left=left / width,
        bottom=bottom / height,
        right=1 - right / width,
        top=1 - top / height,
        hspace=between / max(height - bottom - top, 0.1),
        wspace=between / max(width - left - right, 0.1),
    )


def text_columns(text: str) -> int:
    """How many columns `text` takes: a wide (Japanese) character counts two."""
    return sum(2 if east_asian_width(char) in ("W", "F") else 1 for char in text)


def key_row(axes: Axes, theme: ChartTheme, entries: Sequence[tuple[str, dict[str, Any]]]) -> None:
    """A one-line key at the top left of `axes`: a sample of each line (Line2D keywords) and
    its label. Cheaper than `Axes.legend`, which measures every text to pack its box."""
    inches = axes.get_position().width * axes.get_figure(root=True).get_figwidth()  # type: ignore[union-attr]
    left = 0.012
    for label, look in entries:
        xs = [left, left + 0.02, left + 0.04]
        sample = Line2D(xs, [0.94] * 3, transform=axes.transAxes, markevery=[1], **look)
        axes.add_artist(sample)
        shown = drawable(label)
        axes.text(left + 0.05, 0.94, shown, transform=axes.transAxes, va="center",
                  fontsize=8, color=theme.muted)  # fmt: skip
        left += 0.05 + (text_columns(shown) * 0.068 + 0.3) / inches
