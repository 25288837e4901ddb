"""The calendar, sleep, weekday and helps kinds: what they draw and say, on hand-made data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from matplotlib.collections import PolyCollection

from companion.charts.helps import LABEL_WIDTH, MAX_TOOLS, short_label
from companion.charts.kinds import ChartOptions, draw
from companion.charts.style import LIGHT, REPLACEMENT, drawable
from companion.charts.wording import text
from companion.stats.helps import MIN_DAYS_WITH
from companion.stats.readings import Reading
from companion.stats.trend_input import TrendInput
from tests.charts.conftest import TODAY, rendered_png

START = TODAY - timedelta(days=29)
MONTH = ChartOptions(START, TODAY, "en", LIGHT, width=8, height=4.5, dpi=60)


def _data(readings: list[Reading]) -> TrendInput:
    return TrendInput(tuple(sorted(readings, key=lambda r: (r.day, r.hour))), TODAY)


def _every_day(mood: float = 0.5, tools: tuple[str, ...] = (), days: int = 30) -> list[Reading]:
    return [Reading(TODAY - timedelta(days=n), 9, mood, 0.5, 7.5, tools) for n in range(days)]


def test_calendar_draws_a_coloured_square_per_recorded_day_and_an_outline_per_other_day() -> None:
    readings = _every_day()[:10]
    chart = draw("calendar", _data(readings), MONTH)
    cells = chart.figure.axes[0]
    filled, outlined = (c for c in cells.collections if isinstance(c, PolyCollection))
    assert len(filled.get_paths()) == 10
    assert len(outlined.get_paths()) == 20
    assert "a check-in on 10 of 30 days" in chart.summary
    assert "Nov 2026 4.0 (n = 10)" in chart.summary
    for word in ("bad", "streak", "score", "missed"):
        assert word not in chart.summary.lower()


def test_calendar_summary_names_the_highest_and_lowest_month() -> None:
    readings = [Reading(date(2026, 10, 31), 9, 1.0, None), Reading(date(2026, 11, 1), 9, 0.0, None)]
    options = ChartOptions(date(2026, 10, 1), TODAY, "ja", LIGHT, dpi=50)
    chart = draw("calendar", _data(readings), options)
    assert "いちばん高かったのは2026年10月（7段階中7.0）" in chart.summary
    assert "いちばん低かったのは2026年11月（1.0）" in chart.summary


def test_sleep_summary_gives_the_mean_per_band_with_n_as_a_pattern() -> None:
    readings = [
        Reading(TODAY - timedelta(days=n), 9, 0.5 if n % 2 else 1.0, None, 7.5) for n in range(6)
    ]
    chart = draw("sleep", _data(readings), MONTH)
    assert "On days after 7–8 hours of sleep, mood averaged 5.5 of 7 (n = 6)." in chart.summary
    assert chart.summary.endswith(text("pattern_note", "en"))
    ja = draw("sleep", _data(readings), ChartOptions(START, TODAY, "ja", dpi=50))
    assert "睡眠が7〜8時間の日は、気分の平均が7段階中5.5（6日）。" in ja.summary


def test_sleep_without_hours_is_a_friendly_empty_state() -> None:
    readings = [Reading(TODAY, 9, 0.5, None, None)]
    chart = draw("sleep", _data(readings), MONTH)
    assert chart.empty
    assert chart.summary == text("no_sleep", "en")


def test_weekday_summary_names_the_highest_and_lowest_weekday_and_time() -> None:
    readings = [
        Reading(day, 8 if day.weekday() == 5 else 19, 1.0 if day.weekday() == 5 else 0.5, None)
        for day in (TODAY - timedelta(days=n) for n in range(28))
    ]
    readings.append(Reading(date(2026, 11, 23), 23, 0.0, None))  # a Monday night
    chart = draw("weekday", _data(readings), MONTH)
    assert "highest on Saturdays (7.0 of 7, 4 days)" in chart.summary
    assert "lowest on Mondays (3.6, 4 days)" in chart.summary
    assert "highest in morning check-ins (7.0, n = 4)" in chart.summary
    assert "lowest in night check-ins (1.0, n = 1)" in chart.summary
    labels = [label.get_text() for label in chart.figure.axes[0].get_xticklabels()]
    assert labels == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    ja = draw("weekday", _data(readings), ChartOptions(START, TODAY, "ja", dpi=50))
    labels = [label.get_text() for label in ja.figure.axes[0].get_xticklabels()]
    assert labels == [drawable(day) for day in "月火水木金土日"]


def test_helps_compares_days_with_and_without_as_a_pattern() -> None:
    readings = _every_day(1.0, ("Walk",), days=10) + [
        Reading(TODAY - timedelta(days=10 + n), 9, 0.5, None) for n in range(5)
    ]
    chart = draw("helps", _data(readings), MONTH)
    assert not chart.empty
    assert (
        "On days you used “Walk”, mood averaged 7.0 of 7 (10 days), against 4.0 on other days "
        "(5 days)." in chart.summary
    )
    assert chart.summary.endswith(text("pattern_note", "en"))


def test_helps_says_how_many_more_days_are_needed() -> None:
    readings = _every_day(1.0, ("Walk",), days=MIN_DAYS_WITH - 2) + _every_day(0.5)[10:20]
    chart = draw("helps", _data(readings), MONTH)
    assert chart.empty
    assert "The nearest tool needs 2 more days." in chart.summary
    assert rendered_png(chart.figure)[2] > 1


def test_helps_without_tools_explains_tagging() -> None:
    chart = draw("helps", _data(_every_day()), MONTH)
    assert chart.empty
    assert chart.summary == text("helps_no_tools", "en")


def test_emoji_and_very_long_tool_names_never_break_the_helps_chart() -> None:
    long_name = "ゆっくり " * 60 + "お風呂に入る"
    tools = ("🚶‍♀️ Walk 🌳", long_name, "☕ tea\nby the window")
    readings = [
        Reading(TODAY - timedelta(days=n), 9, (n % 5) / 4, None, None, tools if n % 2 else ())
        for n in range(30)
    ]
    for language in ("en", "ja"):
        chart = draw("helps", _data(readings), ChartOptions(START, TODAY, language, dpi=50))
        assert not chart.empty
        labels = [label.get_text() for label in chart.figure.axes[0].get_yticklabels()]
        assert len(labels) == 3
        assert all("\n" not in label and len(label) <= LABEL_WIDTH for label in labels)
        assert any(REPLACEMENT in label for label in labels) or all(
            "🚶" not in label for label in labels
        )
        assert rendered_png(chart.figure)[2] > 1
        assert " ".join(long_name.split()) in chart.summary


def test_helps_draws_at_most_the_most_used_tools() -> None:
    readings = [
        Reading(
            TODAY - timedelta(days=n), 9, 0.5, None, None, tuple(f"tool {t}" for t in range(n % 15))
        )
        for n in range(90)
    ]
    chart = draw("helps", _data(readings), ChartOptions(TODAY - timedelta(days=89), TODAY, dpi=50))
    assert len(chart.figure.axes[0].get_yticklabels()) == MAX_TOOLS
    assert text("helps_cut", "en", n=MAX_TOOLS) in chart.summary


@pytest.mark.parametrize(
    ("label", "short"),
    [
        ("Walk", "Walk"),
        ("  Tea\n by   the window ", "Tea by the window"),
        ("x" * 40, "x" * (LABEL_WIDTH - 1) + "…"),
        ("お" * 20, "お" * 13 + "…"),
    ],
)
def test_short_label(label: str, short: str) -> None:
    assert short_label(label) == short


def test_as_number_is_matplotlibs_date_number_of_noon() -> None:
    from datetime import datetime

    from matplotlib.dates import date2num

    from companion.charts.dates import as_number

    for day in (date(1999, 12, 31), date(2016, 2, 29), date(2026, 3, 29), date(2100, 1, 1)):
        noon = datetime(day.year, day.month, day.day, 12)
        assert as_number(day) == pytest.approx(date2num(noon), abs=1e-9)  # type: ignore[no-untyped-call]


def test_messages_wrap_in_japanese_too_and_never_start_a_line_with_a_closing_mark() -> None:
    from companion.charts.style import text_columns, wrapped

    japanese = text("helps_not_enough", "ja", with_min=5, without_min=5, missing=2)
    lines = wrapped(japanese, 40)
    assert "".join(lines) == japanese
    assert len(lines) > 2
    assert all(text_columns(line) <= 41 for line in lines)
    assert not any(line[0] in "、。）」" for line in lines)
    english = text("no_sleep", "en")
    lines = wrapped(english, 40)
    assert " ".join(lines) == english
    assert all(len(line) <= 40 for line in lines)
    assert wrapped("a\nb", 10) == ["a", "b"]


@pytest.mark.parametrize("days", [7, 30, 91, 365, 3650])
def test_date_ticks_sit_at_noon_under_their_day_and_inside_the_range(days: int) -> None:
    from companion.charts.dates import as_number

    start = TODAY - timedelta(days=days - 1)
    readings = [Reading(TODAY - timedelta(days=n), 9, 0.5, 0.5) for n in range(days)]
    chart = draw("mood", _data(readings), ChartOptions(start, TODAY, dpi=50))
    ticks = list(chart.figure.axes[0].get_xticks())
    assert len(ticks) >= 3
    assert all(as_number(start) <= tick <= as_number(TODAY) for tick in ticks)
    assert all(tick % 1 == pytest.approx(as_number(TODAY) % 1) for tick in ticks)
