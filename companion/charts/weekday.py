"""Mood by day of the week and by time of day: two panels of means, each with its count."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes

from companion.charts.kinds import Chart, ChartOptions
from companion.charts.style import (
    ChartTheme,
    draw_message,
    drawable,
    new_figure,
    set_margins,
    style_axes,
)
from companion.charts.wording import count_text, range_text, step_text, text
from companion.stats.trend_input import TrendInput
from companion.stats.weekday import Group, MoodByTime, highest_and_lowest, mood_by_time


def _panel(
    axes: Axes,
    groups: Sequence[Group],
    labels: Sequence[str],
    count_key: str,
    title: str,
    steps: int,
    options: ChartOptions,
) -> None:
    """Bars from the lowest step up to each mean, the mean and its count written above."""
    theme: ChartTheme = options.theme
    style_axes(axes, theme)
    axes.grid(True, axis="y", color=theme.grid, linewidth=0.6)
    axes.grid(False, axis="x")
    positions = list(range(len(groups)))
    heights = [group.mood if group.mood is not None else 0.0 for group in groups]
    axes.bar(positions, heights, width=0.62, color=theme.soft, edgecolor=theme.mood, linewidth=1.2)
    for position, group in zip(positions, groups, strict=True):
        if group.mood is None:
            continue
        words = f"{step_text(group.mood, steps, options.language)}\n" + text(
            count_key, options.language, n=group.count
        )
        axes.text(position, group.mood + 0.03, drawable(words), ha="center", va="bottom",
                  fontsize=7.5, color=theme.foreground, linespacing=1.1)  # fmt: skip
    axes.set_xticks(positions)
    axes.set_xticklabels([drawable(label) for label in labels], fontsize=8.5)
    axes.set_ylim(0, 1.22)
    axes.set_yticks([step / (steps - 1) for step in range(steps)])
    axes.set_yticklabels([str(step + 1) for step in range(steps)])
    axes.set_title(drawable(title), fontsize=9.5, color=theme.foreground, loc="left")


def summary(series: MoodByTime, steps: int, language: str) -> str:
    """The chart in words: days and check-ins, and where the means were highest and lowest."""
    words = text(
        "weekday_summary",
        language,
        range=range_text(series.start, series.end, language),
        days=count_text(series.days, "day", language),
        checkins=count_text(series.checkins, "checkin", language),
    )
    weekdays = highest_and_lowest(series.weekdays)
    if weekdays is not None:
        high, low = weekdays
        words += text(
            "weekday_highlow",
            language,
            high=text(f"weekdays_{high.index}", language),
            high_mood=step_text(high.mood, steps, language),
            high_n=high.count,
            low=text(f"weekdays_{low.index}", language),
            low_mood=step_text(low.mood, steps, language),
            low_n=low.count,
            steps=steps,
        )
    times = highest_and_lowest(series.times)
    if times is not None:
        high, low = times
        words += text(
            "time_highlow",
            language,
            high=text(f"time_word_{high.index}", language),
            high_mood=step_text(high.mood, steps, language),
            high_n=high.count,
            low=text(f"time_word_{low.index}", language),
            low_mood=step_text(low.mood, steps, language),
            low_n=low.count,
        )
    if weekdays is not None or times is not None:
        words += text("pattern_note", language)
    return words


def draw_weekday(data: TrendInput, options: ChartOptions) -> Chart:
    """Weekdays on the left (each day once), times of day on the right (each check-in)."""
    series = mood_by_time(data.days, data.readings, options.start, options.end)
    language, steps = options.language, data.mood_steps
    figure = new_figure(options.theme, options.width, options.height, options.dpi)
    title = text("weekday_title", language)
    if series.days == 0:
        message = text("no_checkins", language)
        draw_message(figure, options.theme, message)
        return Chart(figure, title, message, empty=True)
    left, right = figure.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": (7, 4.6)})
    _panel(
        left,
        series.weekdays,
        [text(f"weekday_{index}", language) for index in range(7)],
        "n_days",
        text("by_weekday", language),
        steps,
        options,
    )
    _panel(
        right,
        series.times,
        [text(f"time_{index}", language) for index in range(4)],
        "n_checkins",
        text("by_time", language),
        steps,
        options,
    )
    left.set_ylabel(drawable(text("mood", language)), fontsize=10)
    set_margins(figure, left=0.65, bottom=0.6, top=0.35, right=0.15, between=0.25)
    return Chart(figure, title, summary(series, steps, language))
