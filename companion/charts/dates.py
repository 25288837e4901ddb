"""Date axes that read the same in every locale: "3 Nov", "Nov 2026", "11/3", "2026年11月"."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, date2num, num2date
from matplotlib.ticker import FixedLocator, FuncFormatter

from companion.charts.wording import MONTHS


def as_number(day: date) -> float:
    """A day as matplotlib's date number (noon, so a bar or a point sits inside its day)."""
    return day.toordinal() + _noon_offset()


@cache
def _noon_offset() -> float:
    """Matplotlib's date number of a day's noon minus the day's ordinal: the same for every
    day, so a day is placed by one addition instead of a call per point."""
    noon = datetime(2000, 1, 1, 12)
    return float(date2num(noon)) - noon.toordinal()  # type: ignore[no-untyped-call]


def label_day(day: date, language: str, span_days: int) -> str:
    """A tick label: day and month for short spans, month and year for long ones."""
    if span_days > 400:
        return (
            f"{day.year}年{day.month}月"
            if language == "ja"
            else f"{MONTHS[day.month - 1]} {day.year}"
        )
    return f"{day.month}/{day.day}" if language == "ja" else f"{day.day} {MONTHS[day.month - 1]}"


def use_date_axis(axes: Axes, start: date, end: date, language: str) -> None:
    """Ticks chosen by matplotlib, labelled by us, limits from `start` to `end` included."""
    span_days = (end - start).days + 1
    axes.set_xlim(as_number(start) - 0.6, as_number(end) + 0.6)
    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    # The limits are fixed, so the ticks are worked out once, not at every draw; each moves
    # from midnight to noon, under its day's point, and none falls outside the range.
    first, last = as_number(start), as_number(end)
    midnights = locator.tick_values(num2date(first - 0.5), num2date(last + 0.5))  # type: ignore[no-untyped-call]
    noons = [tick + 0.5 for tick in midnights if first <= tick + 0.5 <= last]
    axes.xaxis.set_major_locator(FixedLocator(noons))
    axes.xaxis.set_major_formatter(
        FuncFormatter(lambda value, _: label_day(_day_of(value), language, span_days))
    )


def _day_of(value: float) -> date:
    return num2date(value).date()  # type: ignore[no-untyped-call,no-any-return]
