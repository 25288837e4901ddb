"""A year in pixels: a square per day coloured by mood, with a dot whose size also tells it."""

from __future__ import annotations

import numpy as np
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from companion.charts.kinds import Chart, ChartOptions
from companion.charts.style import ChartTheme, draw_message, drawable, new_figure, style_axes
from companion.charts.wording import MONTHS, range_text, step_text, text
from companion.stats.calendar import MoodCalendar, band_of, mood_calendar
from companion.stats.readings import normalised
from companion.stats.trend_input import TrendInput

# Sequential and colour-blind safe (blue to yellow, no red); the dot is the second cue.
COLOUR_MAP = "cividis"
# A dot's diameter as a share of its square, for the lower, middle and upper third of the scale.
DOT_SIZES = (0.22, 0.4, 0.6)
_GAP = 0.12  # between squares, as a share of a square
_MAX_CELL_INCHES = 0.24
_LEFT, _RIGHT = 0.6, 0.25  # inches for the weekday labels and the right edge
_KEY_INCHES = 0.85  # the key under the chart, its words included


def _squares(columns: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The corners of one square per (column, row), rows downward from the top."""
    low_x, high_x = columns + _GAP / 2, columns + 1 - _GAP / 2
    low_y, high_y = rows + _GAP / 2, rows + 1 - _GAP / 2
    return np.stack(
        [
            np.stack([low_x, low_y], axis=1),
            np.stack([high_x, low_y], axis=1),
            np.stack([high_x, high_y], axis=1),
            np.stack([low_x, high_y], axis=1),
        ],
        axis=1,
    )


def _dot_colours(colours: np.ndarray) -> np.ndarray:
    """Dark dots on light squares and light dots on dark ones."""
    luminance = colours[:, :3] @ np.array([0.2126, 0.7152, 0.0722])
    dark, light = np.array([0.1, 0.1, 0.12, 1.0]), np.array([1.0, 1.0, 1.0, 1.0])
    return np.where((luminance > 0.45)[:, None], dark, light)


def _dot_areas(moods: np.ndarray, cell_points: float) -> np.ndarray:
    """Marker areas (points²) from the mood's third of the scale."""
    bands = np.array([band_of(float(mood)) for mood in moods], dtype=int)
    areas: np.ndarray = (np.array(DOT_SIZES)[bands] * cell_points) ** 2
    return areas


def _draw_cells(axes: Axes, calendar: MoodCalendar, theme: ChartTheme, cell_points: float) -> None:
    columns = np.array([cell.column for cell in calendar.cells], dtype=float)
    rows = np.array([cell.row for cell in calendar.cells], dtype=float)
    recorded = np.array([cell.mood is not None for cell in calendar.cells])
    moods = np.array([cell.mood for cell in calendar.cells if cell.mood is not None], dtype=float)
    squares = _squares(columns, rows)
    colour_map = colormaps[COLOUR_MAP]
    colours = colour_map(moods) if len(moods) else np.zeros((0, 4))
    axes.add_collection(PolyCollection(squares[recorded], facecolors=colours, edgecolors="none"))
    axes.add_collection(
        PolyCollection(
            squares[~recorded], facecolors="none", edgecolors=theme.muted, linewidths=0.6
        )
    )
    if len(moods):
        axes.scatter(
            columns[recorded] + 0.5,
            rows[recorded] + 0.5,
            s=_dot_areas(moods, cell_points),
            c=_dot_colours(colours),
            linewidths=0,
        )


def _month_label(month: int, language: str, year: int | None = None) -> str:
    name = MONTHS[month - 1] if language != "ja" else str(month)
    if year is not None:
        return text("calendar_month_year", language, month=name, year=year)
    return text("calendar_month", language, month=name)


def _label_axes(axes: Axes, calendar: MoodCalendar, theme: ChartTheme, language: str) -> None:
    axes.set_yticks([row + 0.5 for row in (0, 2, 4, 6)])
    axes.set_yticklabels([drawable(text(f"weekday_{row}", language)) for row in (0, 2, 4, 6)])
    columns = _month_columns(calendar)
    kept = _roomy_months(columns)
    axes.xaxis.tick_top()
    axes.set_xticks([columns[index] for index in kept])
    axes.set_xticklabels(
        [drawable(_month_label(calendar.months[index].month.month, language)) for index in kept],
        ha="left",
    )
    axes.tick_params(length=0, colors=theme.muted, labelsize=8)
    for index in kept:
        month = calendar.months[index].month
        if index == kept[0] or month.month == 1:
            axes.annotate(str(month.year), (columns[index], 0), xytext=(0, 16),
                          textcoords="offset points", fontsize=8, color=theme.foreground,
                          ha="left", va="bottom")  # fmt: skip
    axes.set_xlim(0, max(calendar.columns, 1))
    axes.set_ylim(7, 0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.grid(False)


def _roomy_months(columns: list[float]) -> list[int]:
    """The months with room for their name: one whose name would run into the next one's (a
    range that starts at the end of a month) is left out, here and in the monthly means."""
    return [
        index
        for index in range(len(columns))
        if index == len(columns) - 1 or columns[index + 1] - columns[index] >= 2.5
    ]


def _month_columns(calendar: MoodCalendar) -> list[float]:
    """The column where each month of the calendar starts."""
    monday = calendar.cells[0].day.toordinal() - calendar.cells[0].row
    return [
        float((max(month.month, calendar.start).toordinal() - monday) // 7)
        for month in calendar.months
    ]


def _draw_months(
    axes: Axes, calendar: MoodCalendar, steps: int, theme: ChartTheme, language: str
) -> None:
    """Each month's mean mood under its weeks, with the value written above it."""
    style_axes(axes, theme)
    starts = [*_month_columns(calendar), float(calendar.columns)]
    roomy = set(_roomy_months(starts[:-1]))
    points = [
        ((starts[index] + starts[index + 1]) / 2, month.mood)
        for index, month in enumerate(calendar.months)
        if month.mood is not None and index in roomy
    ]
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    axes.plot(xs, ys, color=theme.mood, marker="o", markersize=4, linewidth=1.4)
    for x, y in points:
        axes.text(x, y + 0.09, step_text(y, steps, language), ha="center", va="bottom",
                  fontsize=7, color=theme.muted)  # fmt: skip
    axes.set_xlim(0, max(calendar.columns, 1))
    axes.set_ylim(-0.05, 1.25)
    axes.set_yticks([0.0, 0.5, 1.0])
    axes.set_yticklabels([step_text(value, steps, language).removesuffix(".0")
                          for value in (0.0, 0.5, 1.0)])  # fmt: skip
    axes.set_xticks([])
    axes.set_ylabel(drawable(text("calendar_month_means", language)), fontsize=8)


def _draw_key(figure: Figure, steps: int, options: ChartOptions, bottom: float) -> None:
    """Every step's colour and dot, an empty outline, and what they mean, in a row."""
    theme, language = options.theme, options.language
    cell = 0.2
    width = options.width - _LEFT - _RIGHT
    axes = figure.add_axes(_box(_LEFT, bottom, width, cell, options))
    axes.set_axis_off()
    positions = np.arange(steps, dtype=float)
    moods = np.array([normalised(step, steps) for step in range(1, steps + 1)])
    squares = _squares(positions, np.zeros(steps))
    colours = colormaps[COLOUR_MAP](moods)
    axes.add_collection(PolyCollection(list(squares), facecolors=colours, edgecolors="none"))
    empty = _squares(np.array([steps + 1.0]), np.zeros(1))
    axes.add_collection(
        PolyCollection(list(empty), facecolors="none", edgecolors=theme.muted, linewidths=0.6)
    )
    axes.scatter(
        positions + 0.5,
        np.full(steps, 0.5),
        s=_dot_areas(moods, cell * 72),
        c=_dot_colours(colours),
        linewidths=0,
    )
    for step in range(steps):
        axes.text(step + 0.5, 1.2, str(step + 1), ha="center", va="top", fontsize=8,
                  color=theme.muted)  # fmt: skip
    axes.text(steps + 2.3, 0.5, drawable(text("calendar_no_checkin", language)), va="center",
              fontsize=8, color=theme.muted)  # fmt: skip
    axes.text(0, -0.4, drawable(text("calendar_key", language)), fontsize=8, va="bottom",
              color=theme.muted)  # fmt: skip
    axes.set_xlim(0, width / cell)
    axes.set_ylim(1, 0)


def summary(calendar: MoodCalendar, steps: int, language: str) -> str:
    """The calendar in words: days recorded, each month's mean, the highest and lowest."""
    total = (calendar.end - calendar.start).days + 1
    words = text(
        "calendar_summary",
        language,
        range=range_text(calendar.start, calendar.end, language),
        days=calendar.days_recorded,
        total=total,
    )
    items = []
    for month in calendar.months:
        name = _month_label(month.month.month, language, month.month.year)
        if month.mood is None:
            items.append(text("calendar_month_empty", language, month=name))
        else:
            items.append(
                text(
                    "calendar_month_item",
                    language,
                    month=name,
                    mood=step_text(month.mood, steps, language),
                    days=month.days,
                )
            )
    words += text("calendar_months", language, months=text("list_separator", language).join(items))
    high, low = calendar.highest_month(), calendar.lowest_month()
    if high is not None and low is not None and high is not low:
        words += text(
            "calendar_highest",
            language,
            high=_month_label(high.month.month, language, high.month.year),
            high_mood=step_text(high.mood, steps, language),
            steps=steps,
            low=_month_label(low.month.month, language, low.month.year),
            low_mood=step_text(low.mood, steps, language),
        )
    return words


def _box(
    left: float, bottom: float, width: float, height: float, options: ChartOptions
) -> tuple[float, float, float, float]:
    """A rectangle given in inches, as a share of the figure."""
    return (left / options.width, bottom / options.height, width / options.width,
            height / options.height)  # fmt: skip


def draw_calendar(data: TrendInput, options: ChartOptions) -> Chart:
    """The last year (at most) of the range, a week per column, Monday on top."""
    calendar = mood_calendar(data.days, options.start, options.end)
    figure = new_figure(options.theme, options.width, options.height, options.dpi)
    title = text("calendar_title", options.language)
    if calendar.days_recorded == 0:
        message = text("no_checkins", options.language)
        draw_message(figure, options.theme, message)
        return Chart(figure, title, message, empty=True)
    width, height = options.width, options.height
    cell = min((width - _LEFT - _RIGHT) / calendar.columns, _MAX_CELL_INCHES, height * 0.09)
    grid_width, grid_height = cell * calendar.columns, cell * 7
    top = height - 0.55  # inches from the bottom; above it, the years and the months
    axes = figure.add_axes(_box(_LEFT, top - grid_height, grid_width, grid_height, options))
    style_axes(axes, options.theme)
    _draw_cells(axes, calendar, options.theme, cell * 72)
    _label_axes(axes, calendar, options.theme, options.language)
    panel_top = top - grid_height - 0.2
    panel_height = min(1.5, panel_top - _KEY_INCHES - 0.35)
    key_bottom = 0.22
    if panel_height >= 0.5:
        bottom = panel_top - panel_height
        months = figure.add_axes(_box(_LEFT, bottom, grid_width, panel_height, options))
        _draw_months(months, calendar, data.mood_steps, options.theme, options.language)
        key_bottom = bottom - 0.35 - _KEY_INCHES + 0.22
    _draw_key(figure, data.mood_steps, options, key_bottom)
    return Chart(figure, title, summary(calendar, data.mood_steps, options.language))
