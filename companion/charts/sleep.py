"""Sleep against mood: each day as a faint point, and the mean mood per band of hours slept."""

from __future__ import annotations

import numpy as np

from companion.charts.kinds import Chart, ChartOptions
from companion.charts.style import (
    draw_message,
    drawable,
    key_row,
    new_figure,
    set_margins,
    style_axes,
)
from companion.charts.wording import count_text, range_text, step_text, text
from companion.stats.sleep import SLEEP_BANDS, SleepBand, SleepMood, sleep_mood
from companion.stats.trend_input import TrendInput

# Points are nudged a little so that days with the same hours and mood do not hide each
# other; the nudge follows a fixed seed, so the same data always draws the same picture.
_JITTER_HOURS = 0.12
_JITTER_MOOD = 0.015
_SEED = 20261129


def band_words(band: SleepBand, language: str) -> str:
    """A band of hours in words: "under 5 hours", "7–8 hours", "9 hours or more"."""
    if band.low == SLEEP_BANDS[0][0]:
        return text("sleep_under", language, high=band.high)
    if band.high == SLEEP_BANDS[-1][1]:
        return text("sleep_over", language, low=band.low)
    return text("sleep_between", language, low=band.low, high=band.high)


def summary(series: SleepMood, steps: int, language: str) -> str:
    """The chart in words: how many days, then each band with enough days, as a pattern."""
    words = text(
        "sleep_summary",
        language,
        range=range_text(series.start, series.end, language),
        days=count_text(series.days, "day", language),
    )
    told = series.told_bands()
    if not told:
        return words + text("sleep_few", language)
    for band in told:
        words += text(
            "sleep_band_sentence",
            language,
            band=band_words(band, language),
            mood=step_text(band.mood, steps, language),
            steps=steps,
            n=band.days,
        )
    return words + text("pattern_note", language)


def draw_sleep(data: TrendInput, options: ChartOptions) -> Chart:
    """Hours of sleep across, mood up; the band means drawn over the days with their counts."""
    series = sleep_mood(data.days, options.start, options.end)
    theme, language, steps = options.theme, options.language, data.mood_steps
    figure = new_figure(theme, options.width, options.height, options.dpi)
    title = text("sleep_title", language)
    if series.days == 0:
        message = text("no_sleep", language)
        draw_message(figure, theme, message)
        return Chart(figure, title, message, empty=True)
    axes = figure.add_subplot()
    style_axes(axes, theme)
    random = np.random.default_rng(_SEED)
    hours = np.asarray(series.hours, dtype=float)
    moods = np.asarray(series.moods, dtype=float)
    axes.scatter(
        hours + random.uniform(-_JITTER_HOURS, _JITTER_HOURS, hours.size),
        moods + random.uniform(-_JITTER_MOOD, _JITTER_MOOD, moods.size),
        s=9,
        color=theme.mood,
        alpha=0.3 if hours.size > 300 else 0.5,
        linewidths=0,
    )
    shown = [band for band in series.bands if band.mood is not None]
    axes.plot(
        [band.middle for band in shown],
        [band.mood or 0.0 for band in shown],
        color=theme.accent,
        marker="D",
        markersize=7,
        linewidth=1.8,
        linestyle="--",
    )
    for band in shown:
        axes.annotate(
            drawable(text("n_days", language, n=band.days)),
            (band.middle, band.mood or 0.0),
            xytext=(0, 10),
            textcoords="offset points",
            ha="center",
            fontsize=8,
            color=theme.foreground,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": theme.background, "alpha": 0.85,
                  "linewidth": 0},
        )  # fmt: skip
    low = min(4.0, float(hours.min()) - 0.5)
    high = max(10.0, float(hours.max()) + 0.5)
    axes.set_xlim(low, high)
    axes.set_ylim(-0.06, 1.12)
    axes.set_yticks([step / (steps - 1) for step in range(steps)])
    axes.set_yticklabels([str(step + 1) for step in range(steps)])
    axes.set_ylabel(drawable(text("mood", language)), fontsize=10)
    axes.set_xlabel(drawable(text("sleep_hours", language)), fontsize=10)
    key_row(
        axes,
        theme,
        [
            (text("sleep_each_day", language), {"marker": "o", "color": theme.mood,
                                                 "linestyle": "none", "markersize": 3.5}),
            (text("sleep_band_mean", language), {"marker": "D", "color": theme.accent,
                                                  "linestyle": "--", "markersize": 6}),
        ],
    )  # fmt: skip
    set_margins(figure, left=0.65, bottom=0.6, top=0.15, right=0.2)
    return Chart(figure, title, summary(series, steps, language))
