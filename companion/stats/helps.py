"""What seems to help: mean mood on days a toolbox tool was used against days it was not."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean

from companion.stats.daily import Day
from companion.stats.readings import Reading, slice_between

# A tool is compared only when it was used on at least this many days of the range AND not
# used on at least this many (days with a check-in): fewer days say nothing worth showing.
MIN_DAYS_WITH = 5
MIN_DAYS_WITHOUT = 5


@dataclass(frozen=True, slots=True)
class ToolComparison:
    """One tool: days with a check-in on which it was used and on which it was not, and the
    mean of those days' daily moods (None for an empty side)."""

    tool: str
    days_with: int
    days_without: int
    mood_with: float | None
    mood_without: float | None

    @property
    def enough(self) -> bool:
        return self.days_with >= MIN_DAYS_WITH and self.days_without >= MIN_DAYS_WITHOUT

    @property
    def days_missing(self) -> int:
        """How many more days (with it, without it, or both) it needs before it is shown."""
        return max(0, MIN_DAYS_WITH - self.days_with) + max(0, MIN_DAYS_WITHOUT - self.days_without)


@dataclass(frozen=True)
class ToolHelps:
    """Every tool used in `start`..`end`, most used first, and the days with a check-in."""

    start: date
    end: date
    days: int
    tools: tuple[ToolComparison, ...]

    def shown(self) -> list[ToolComparison]:
        """The tools with enough days on both sides, most used first."""
        return [tool for tool in self.tools if tool.enough]

    def closest(self) -> ToolComparison | None:
        """Of the tools not shown, the one that needs the fewest more days."""
        waiting = [tool for tool in self.tools if not tool.enough]
        return min(waiting, key=lambda tool: tool.days_missing) if waiting else None


def tools_by_day(readings: Sequence[Reading], start: date, end: date) -> dict[date, set[str]]:
    """For each day of the range with a check-in, the tools used on any check-in that day
    (`readings` in day order, as `TrendInput` holds them)."""
    used: dict[date, set[str]] = defaultdict(set)
    for reading in slice_between(readings, start, end):
        if reading.tools:
            used[reading.day].update(reading.tools)
    return used


def tool_helps(
    days: Sequence[Day], readings: Sequence[Reading], start: date, end: date
) -> ToolHelps:
    """The comparison for every tool used from `start` to `end` (both included)."""
    inside = [entry for entry in days if start <= entry.day <= end]
    used = tools_by_day(readings, start, end)
    with_tool: dict[str, list[float]] = defaultdict(list)
    for entry in inside:
        for tool in used.get(entry.day, ()):
            with_tool[tool].append(entry.mood)
    total = sum(entry.mood for entry in inside)
    comparisons = []
    for tool, moods in with_tool.items():
        without = len(inside) - len(moods)
        comparisons.append(
            ToolComparison(
                tool=tool,
                days_with=len(moods),
                days_without=without,
                mood_with=fmean(moods),
                mood_without=(total - sum(moods)) / without if without else None,
            )
        )
    comparisons.sort(key=lambda tool: (-tool.days_with, tool.tool))
    return ToolHelps(start, end, len(inside), tuple(comparisons))
