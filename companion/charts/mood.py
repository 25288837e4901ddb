"""Mood and energy over time: daily values with a 7-day mean, or weekly or monthly means."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from companion.charts.dates import as_number, use_date_axis
from companion.charts.kinds import Chart, ChartOptions
from companion.charts.style import (
    ChartTheme,
    draw_message,
    drawable,
    key_row,
    new_figure,
    set_margins,
    style_axes,
)
from companion.charts.wording import count_text, range_text, step_text, text
from companion.stats.mood import MoodEnergySeries, mood_energy_series
from companion.stats.trend_input import TrendInput

# Each line also has its own style and marker, so colour is never the only cue.
_LOOK = {"mood": ("-", "o"), "energy": ("--", "s")}


def _panel(
    axes: Axes,
    series: MoodEnergySeries,
    which: str,
    steps: int,
    options: ChartOptions,
) -> None:
    theme: ChartTheme = options.theme
    colour = theme.mood if which == "mood" else theme.energy
    line_style, marker = _LOOK[which]
    style_axes(axes, theme)
    points = [
        (
            as_number(period.start) if series.unit == "day" else _middle(period.start, period.end),
            value,
        )
        for period in series.periods
        if (value := getattr(period, which)) is not None
    ]
    if series.unit == "day":
        axes.plot(
            [x for x, _ in points],
            [y for _, y in points],
            linestyle="none",
            marker=marker,
            markersize=3.5,
            color=colour,
            alpha=0.45,
            label=drawable(text("daily", options.language)),
        )
        rolling = [
            (as_number(period.start), value)
            for period, value in zip(series.periods, _rolling(series, which), strict=True)
            if value is not None
        ]
        axes.plot(
            [x for x, _ in rolling],
            [y for _, y in rolling],
            linestyle=line_style,
            linewidth=2.0,
            color=colour,
            label=drawable(text("rolling", options.language)),
        )
    else:
        key = "weekly" if series.unit == "week" else "monthly"
        axes.plot(
            [x for x, _ in points],
            [y for _, y in points],
            linestyle=line_style,
            marker=marker,
            markersize=3.0,
            linewidth=1.6,
            color=colour,
            label=drawable(text(key, options.language)),
        )
    axes.set_ylim(-0.06, 1.06)
    axes.set_yticks([step / (steps - 1) for step in range(steps)])
    axes.set_yticklabels([str(step + 1) for step in range(steps)])
    axes.set_ylabel(drawable(text(which, options.language)), fontsize=10)
    use_date_axis(axes, series.start, series.end, options.language)
    key_row(axes, theme, [(str(line.get_label()), _look(line)) for line in axes.get_lines()])


def _look(line: Line2D) -> dict[str, Any]:
    """How `line` looks, for its sample in the key."""
    return {
        "color": line.get_color(),
        "linestyle": line.get_linestyle(),
        "linewidth": line.get_linewidth(),
        "marker": line.get_marker(),
        "markersize": line.get_markersize(),
        "alpha": line.get_alpha(),
    }


def _middle(start: date, end: date) -> float:
    return (as_number(start) + as_number(end)) / 2


def _rolling(series: MoodEnergySeries, which: str) -> Sequence[float | None]:
    return series.mood_rolling if which == "mood" else series.energy_rolling


def summary(series: MoodEnergySeries, data: TrendInput, language: str) -> str:
    """The chart in words: the range, how many days, the mean mood and energy as steps."""
    words = text(
        "mood_energy_summary",
        language,
        range=range_text(series.start, series.end, language),
        days=count_text(series.days_with_checkins, "day", language),
        checkins=count_text(series.checkins, "checkin", language),
        mood=step_text(series.mean_mood(), data.mood_steps, language),
        mood_steps=data.mood_steps,
        energy=step_text(series.mean_energy(), data.energy_steps, language),
        energy_steps=data.energy_steps,
    )
    if series.unit == "day" and series.mood_rolling and series.mood_rolling[-1] is not None:
        words += text(
            "rolling_end",
            language,
            mood=step_text(series.mood_rolling[-1], data.mood_steps, language),
            steps=data.mood_steps,
        )
    return words


def _draw(data: TrendInput, options: ChartOptions, panels: tuple[str, ...]) -> Chart:
    series = mood_energy_series(data.days, options.start, options.end)
    figure = new_figure(options.theme, options.width, options.height, options.dpi)
    title = text("mood_energy_title" if len(panels) == 2 else panels[0], options.language)
    if not series.periods:
        message = text("no_checkins", options.language)
        draw_message(figure, options.theme, message)
        return Chart(figure, title, message, empty=True)
    axes_list = figure.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    for axes, which in zip(axes_list, panels, strict=True):
        steps = data.mood_steps if which == "mood" else data.energy_steps
        _panel(axes, series, which, steps, options)
    set_margins(figure, left=0.8, bottom=0.45, top=0.15, between=0.3)
    return Chart(figure, title, summary(series, data, options.language))


def draw_mood_energy(data: TrendInput, options: ChartOptions) -> Chart:
    """Mood above, energy below, on one time axis."""
    return _draw(data, options, ("mood", "energy"))


def draw_mood(data: TrendInput, options: ChartOptions) -> Chart:
    return _draw(data, options, ("mood",))


def draw_energy(data: TrendInput, options: ChartOptions) -> Chart:
    return _draw(data, options, ("energy",))
