"""What seems to help: per tool, mean mood on days it was used beside other days, with counts."""

from __future__ import annotations

from companion.charts.kinds import Chart, ChartOptions
from companion.charts.style import (
    draw_message,
    drawable,
    key_row,
    new_figure,
    set_margins,
    style_axes,
    text_columns,
)
from companion.charts.wording import count_text, range_text, step_text, text
from companion.stats.helps import MIN_DAYS_WITH, MIN_DAYS_WITHOUT, ToolHelps, tool_helps
from companion.stats.trend_input import TrendInput

# At most this many tools are drawn (the most used); the summary names every one shown.
MAX_TOOLS = 10
# A tool's label is cut to this width (a Japanese character counts two) and ends with "…".
LABEL_WIDTH = 28


def short_label(label: str, width: int = LABEL_WIDTH) -> str:
    """`label` on one line, cut to `width` columns with "…" when it is longer."""
    flat = " ".join(label.split())
    if text_columns(flat) <= width:
        return flat
    kept, used = [], 1
    for char in flat:
        used += text_columns(char)
        if used > width:
            break
        kept.append(char)
    return "".join(kept).rstrip() + "…"


def summary(helps: ToolHelps, steps: int, language: str) -> str:
    """Every tool shown, as a pattern: its days and mean mood against the other days."""
    words = text(
        "helps_summary",
        language,
        range=range_text(helps.start, helps.end, language),
        days=count_text(helps.days, "day", language),
    )
    shown = helps.shown()
    for tool in shown:
        words += text(
            "helps_sentence",
            language,
            tool=" ".join(tool.tool.split()),
            with_mood=step_text(tool.mood_with, steps, language),
            with_n=tool.days_with,
            without_mood=step_text(tool.mood_without, steps, language),
            without_n=tool.days_without,
            steps=steps,
        )
    waiting = len(helps.tools) - len(shown)
    if waiting:
        words += text("helps_waiting", language, n=waiting)
    if len(shown) > MAX_TOOLS:
        words += text("helps_cut", language, n=MAX_TOOLS)
    return words + text("pattern_note", language)


def _not_shown(helps: ToolHelps, language: str) -> str:
    """Why nothing is drawn yet, and how many more days the nearest tool needs."""
    closest = helps.closest()
    if helps.days == 0:
        return text("no_checkins", language)
    if closest is None:
        return text("helps_no_tools", language)
    return text(
        "helps_not_enough",
        language,
        with_min=MIN_DAYS_WITH,
        without_min=MIN_DAYS_WITHOUT,
        missing=closest.days_missing,
    )


def draw_helps(data: TrendInput, options: ChartOptions) -> Chart:
    """A row per tool: a dot for the days it was used, a square for the other days."""
    helps = tool_helps(data.days, data.readings, options.start, options.end)
    theme, language, steps = options.theme, options.language, data.mood_steps
    figure = new_figure(theme, options.width, options.height, options.dpi)
    title = text("helps_title", language)
    shown = helps.shown()[:MAX_TOOLS]
    if not shown:
        message = _not_shown(helps, language)
        draw_message(figure, theme, message)
        return Chart(figure, title, message, empty=True)
    axes = figure.add_subplot()
    style_axes(axes, theme)
    axes.grid(False, axis="y")
    rows = list(range(len(shown)))
    with_tool = [tool.mood_with or 0.0 for tool in shown]
    without = [tool.mood_without or 0.0 for tool in shown]
    axes.hlines(rows, with_tool, without, color=theme.grid, linewidth=2.2, zorder=1)
    axes.scatter(without, rows, marker="s", s=46, facecolor=theme.background,
                 edgecolor=theme.muted, linewidths=1.6, zorder=2)  # fmt: skip
    axes.scatter(with_tool, rows, marker="o", s=50, color=theme.mood, zorder=3)
    for row, tool in zip(rows, shown, strict=True):
        axes.annotate(
            drawable(text("helps_counts", language, with_n=tool.days_with,
                          without_n=tool.days_without)),
            (1.0, row),
            xycoords=("axes fraction", "data"),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            color=theme.muted,
        )  # fmt: skip
    axes.set_yticks(rows)
    axes.set_yticklabels([drawable(short_label(tool.tool)) for tool in shown], fontsize=9)
    axes.set_ylim(len(shown) - 0.4, -0.9)
    axes.set_xlim(-0.04, 1.04)
    axes.set_xticks([step / (steps - 1) for step in range(steps)])
    axes.set_xticklabels([str(step + 1) for step in range(steps)])
    axes.set_xlabel(drawable(text("mean_mood", language)), fontsize=10)
    axes.annotate(
        drawable(text("helps_counts_head", language)),
        (1.0, -0.75),
        xycoords=("axes fraction", "data"),
        xytext=(6, 0),
        textcoords="offset points",
        va="center",
        fontsize=8,
        color=theme.foreground,
    )
    key_row(
        axes,
        theme,
        [
            (text("helps_used", language), {"marker": "o", "color": theme.mood,
                                             "linestyle": "none", "markersize": 7}),
            (text("helps_other", language), {"marker": "s", "linestyle": "none",
                                              "markerfacecolor": theme.background,
                                              "markeredgecolor": theme.muted,
                                              "markeredgewidth": 1.6, "markersize": 6.5}),
        ],
    )  # fmt: skip
    # Labels are at most LABEL_WIDTH columns (a Japanese character two), 9 points each.
    columns = max(text_columns(short_label(tool.tool)) for tool in shown)
    counts = [
        text("helps_counts", language, with_n=tool.days_with, without_n=tool.days_without)
        for tool in shown
    ]
    right = 0.25 + 0.062 * max(map(text_columns, [*counts, text("helps_counts_head", language)]))
    set_margins(figure, left=0.3 + columns * 0.068, bottom=0.55, top=0.15, right=right)
    return Chart(figure, title, summary(helps, steps, language))
