"""The chart kinds, by name: one registry shared by the Trends page and `companion chart`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from matplotlib.figure import Figure

from companion.charts.style import LIGHT, ChartTheme
from companion.stats.trend_input import TrendInput


@dataclass(frozen=True)
class ChartOptions:
    """What to draw: the days from `start` to `end` (both included), in which language and
    theme, at which size (inches) and resolution."""

    start: date
    end: date
    language: str = "en"
    theme: ChartTheme = LIGHT
    width: float = 8.0
    height: float = 4.5
    dpi: float = 100.0


@dataclass(frozen=True)
class Chart:
    """A drawn chart and the same information in words, for a screen reader and the report."""

    figure: Figure
    title: str
    summary: str
    empty: bool = False


@dataclass(frozen=True)
class ChartKind:
    """One kind of chart: its name on the command line, the wording key of its title
    (`companion.charts.wording.text(title_key, language)`) and how it is drawn."""

    name: str
    title_key: str
    draw: Callable[[TrendInput, ChartOptions], Chart]


def chart_kinds() -> dict[str, ChartKind]:
    """Every chart kind, in the order the Trends page lists them."""
    from companion.charts import boundaries, calendar, helps, mood, sleep, weekday

    kinds = [
        ChartKind("mood-energy", "mood_energy_title", mood.draw_mood_energy),
        ChartKind("mood", "mood", mood.draw_mood),
        ChartKind("energy", "energy", mood.draw_energy),
        ChartKind("calendar", "calendar_title", calendar.draw_calendar),
        ChartKind("sleep", "sleep_title", sleep.draw_sleep),
        ChartKind("weekday", "weekday_title", weekday.draw_weekday),
        ChartKind("helps", "helps_title", helps.draw_helps),
        ChartKind("boundaries", "boundaries_title", boundaries.draw_boundaries),
    ]
    return {kind.name: kind for kind in kinds}


def draw(name: str, data: TrendInput, options: ChartOptions) -> Chart:
    """Draw the chart kind `name` (a KeyError for a name that is not a kind)."""
    return chart_kinds()[name].draw(data, options)
