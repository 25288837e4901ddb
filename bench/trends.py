"""Trends on ten years of check-ins (36,500, ten a day): the first chart, a range change, and
each chart against a bare matplotlib plot of the same daily arrays.

    .venv/bin/python bench/trends.py [--runs N]

In one run, on this machine:
  - the first chart in a fresh process, as when Trends first opens: importing the chart modules
    (matplotlib with them), gathering the days, drawing the mood and energy chart for a month
    and rendering it with Agg; the check-ins are made before the clock starts (the store's read
    is the service's part, measured by bench/journal.py's kind of figures). Beside it the same
    for a bare matplotlib plot of the month's daily arrays (import, Figure, two lines, render);
  - a range change: drawing and rendering the chart for another range in the same process,
    min and median of N runs per range, in rotation with a bare matplotlib plot of the same
    range's daily arrays (two panels: daily mood and energy as points and their 7-day means as
    lines, default styling, rendered the same way), and
    the ratio of the two medians;
  - every chart kind for the year, min and median.

Targets (issue 10): first chart at most 1 s, a range change at most 150 ms, at most 1.5x the
bare plot. Prints figures; asserts nothing (shared machines are noisy).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.stats.readings import Reading  # noqa: E402 - after the path is set

TODAY = date(2026, 11, 29)
DAYS = 3650
PER_DAY = 10
TOOLS = ("Walk in the park", "Call a friend", "近所を散歩する", "🛁 Bath", "Write three lines")


def ten_years() -> tuple[Reading, ...]:
    """36,500 made-up readings, ten a day, the same every run."""
    rng = random.Random(10)
    readings = []
    for offset in range(DAYS):
        day = TODAY - timedelta(days=DAYS - 1 - offset)
        level = 0.55 + 0.15 * ((offset % 365) / 365 - 0.5)
        sleep = round(rng.gauss(7.1, 0.7) * 2) / 2
        for slot in range(PER_DAY):
            mood = min(6, max(0, round((level + rng.gauss(0, 0.12)) * 6))) / 6
            energy = min(6, max(0, round((level + rng.gauss(0, 0.12)) * 6))) / 6
            tools = (rng.choice(TOOLS),) if rng.random() < 0.1 else ()
            readings.append(Reading(day, 6 + slot * 2 % 18, mood, energy, sleep, tools))
    return tuple(readings)


FIRST_CHART = """
import sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from trends import ten_years, TODAY
readings = ten_years()
started = time.perf_counter()
from matplotlib.backends.backend_agg import FigureCanvasAgg
from companion.charts.kinds import ChartOptions, draw
from companion.stats.ranges import TrendRange, range_bounds
from companion.stats.trend_input import TrendInput
data = TrendInput(readings, TODAY)
start, end = range_bounds(TrendRange.MONTH, TODAY, data.first_day)
chart = draw("mood-energy", data, ChartOptions(start, end))
FigureCanvasAgg(chart.figure).draw()
print(time.perf_counter() - started)
"""
FIRST_BARE = """
import sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
from trends import ten_years, TODAY, daily_arrays
readings = ten_years()
started = time.perf_counter()
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
first, last = TODAY.toordinal() - 29, TODAY.toordinal()
x, mood, energy, mood_7, energy_7 = daily_arrays(readings, first, last)
figure = Figure(figsize=(8.0, 4.5), dpi=100.0)
top, bottom = figure.subplots(2, 1, sharex=True)
top.plot(x, mood, "o")
top.plot(x, mood_7, "-")
bottom.plot(x, energy, "s")
bottom.plot(x, energy_7, "--")
FigureCanvasAgg(figure).draw()
print(time.perf_counter() - started)
"""


def daily_arrays(readings: tuple[Reading, ...], first: int, last: int) -> tuple[list[float], ...]:
    """Daily mean mood and energy from `first` to `last` (ordinals) and their 7-day means:
    the bare plot's input, made before its clock starts."""
    sums: dict[int, list[float]] = {}
    for reading in readings:
        ordinal = reading.day.toordinal()
        if first <= ordinal <= last:
            entry = sums.setdefault(ordinal, [0.0, 0.0, 0.0])
            entry[0] += reading.mood
            entry[1] += reading.energy or 0.0
            entry[2] += 1
    days = sorted(sums)
    mood = [sums[day][0] / sums[day][2] for day in days]
    energy = [sums[day][1] / sums[day][2] for day in days]
    return [float(day) for day in days], mood, energy, _rolling(days, mood), _rolling(days, energy)


def _rolling(days: list[int], values: list[float]) -> list[float]:
    result = []
    for index, day in enumerate(days):
        window = [values[i] for i in range(max(0, index - 6), index + 1) if day - days[i] < 7]
        result.append(sum(window) / len(window))
    return result


def child_seconds(script: str) -> float:
    source = script.format(root=str(ROOT), bench=str(Path(__file__).parent))
    done = subprocess.run(
        [sys.executable, "-c", source], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return float(done.stdout.strip().splitlines()[-1])


def line(name: str, values: list[float], target: float | None = None) -> str:
    low, middle = min(values) * 1000, statistics.median(values) * 1000
    text = f"{name:<44} min {low:7.1f} ms  median {middle:7.1f} ms"
    if target is not None:
        text += (
            f"   target {target * 1000:5.0f} ms  ratio {statistics.median(values) / target:4.2f}"
        )
    return text


def rotate(actions: dict[str, Callable[[], None]], runs: int) -> dict[str, list[float]]:
    """Each action `runs` times, in rotation, so that noise falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    readings = ten_years()
    print(f"{len(readings)} readings over {DAYS} days")

    child_seconds(FIRST_CHART)  # warm-up: writes __pycache__, as an installed app has it
    first = [child_seconds(FIRST_CHART) for _ in range(max(3, runs // 2))]
    bare_first = [child_seconds(FIRST_BARE) for _ in range(max(3, runs // 2))]
    print(line("first chart, fresh process (import incl.)", first, 1.0))
    print(line("bare matplotlib, fresh process", bare_first))
    print(f"{'':<44} ratio to bare {statistics.median(first) / statistics.median(bare_first):.2f}")

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from companion.charts.kinds import ChartOptions, chart_kinds, draw
    from companion.stats.ranges import TrendRange, range_bounds
    from companion.stats.trend_input import TrendInput

    data = TrendInput(readings, TODAY)
    started = time.perf_counter()
    _ = data.days
    took = (time.perf_counter() - started) * 1000
    print(f"{'days from 36,500 readings (once per data)':<44} {took:7.1f} ms")

    def ours(wanted: TrendRange, kind: str = "mood-energy") -> Callable[[], None]:
        start, end = range_bounds(wanted, TODAY, data.first_day)
        return lambda: FigureCanvasAgg(draw(kind, data, ChartOptions(start, end)).figure).draw()

    def bare(wanted: TrendRange) -> Callable[[], None]:
        start, end = range_bounds(wanted, TODAY, data.first_day)
        x, mood, energy, mood_7, energy_7 = daily_arrays(
            readings, start.toordinal(), end.toordinal()
        )

        def plot() -> None:
            figure = Figure(figsize=(8.0, 4.5), dpi=100.0)
            top, bottom = figure.subplots(2, 1, sharex=True)
            top.plot(x, mood, "o")
            top.plot(x, mood_7, "-")
            bottom.plot(x, energy, "s")
            bottom.plot(x, energy_7, "--")
            FigureCanvasAgg(figure).draw()

        return plot

    print("range change, mood and energy (in process), against a bare plot of the daily arrays:")
    for wanted in TrendRange:
        times = rotate({"ours": ours(wanted), "bare": bare(wanted)}, runs)
        ratio = statistics.median(times["ours"]) / statistics.median(times["bare"])
        print(line(f"  {wanted.value}", times["ours"], 0.15) + f"  x bare {ratio:4.2f}")
        print(line(f"  {wanted.value}, bare", times["bare"]))
    print("every kind, one year:")
    for kind in chart_kinds():
        times = rotate({kind: ours(TrendRange.YEAR, kind)}, runs)
        print(line(f"  {kind}", times[kind], 0.15))


if __name__ == "__main__":
    main()
