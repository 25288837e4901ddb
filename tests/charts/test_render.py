"""Every chart kind draws with no check-ins, one, and ten years, in both languages and themes."""

from __future__ import annotations

import logging

import pytest

from companion.charts.kinds import ChartOptions, chart_kinds, draw
from companion.charts.style import DARK, LIGHT, ChartTheme
from companion.charts.wording import day_text, text
from companion.stats.ranges import TrendRange, range_bounds
from companion.stats.trend_input import TrendInput
from tests.charts.conftest import rendered_png

KINDS = ("mood-energy", "mood", "energy", "calendar", "sleep", "weekday", "helps")
THEMES = (LIGHT, DARK)


def test_the_registry_lists_every_kind_in_page_order() -> None:
    names = list(chart_kinds())
    assert names[: len(KINDS)] == list(KINDS) or set(KINDS) <= set(names)
    for kind in chart_kinds().values():
        assert text(kind.title_key, "en") and text(kind.title_key, "ja")


def _render(
    data: TrendInput, kind: str, language: str, theme: ChartTheme, wanted: TrendRange,
    caplog: pytest.LogCaptureFixture,
) -> tuple[bool, str]:  # fmt: skip
    start, end = range_bounds(wanted, data.today, data.first_day)
    options = ChartOptions(start, end, language, theme, width=7.0, height=4.0, dpi=80)
    with caplog.at_level(logging.WARNING, logger="matplotlib"):
        chart = draw(kind, data, options)
        width, height, colours = rendered_png(chart.figure)
    assert (width, height) == (560, 320)
    assert colours > 1, "the image is one colour"
    assert not [r for r in caplog.records if r.name.startswith("matplotlib")]
    assert chart.title == text(chart_kinds()[kind].title_key, language)
    assert chart.summary.strip()
    return chart.empty, chart.summary


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_checkins_draws_a_friendly_empty_state(
    no_checkins: TrendInput, kind: str, language: str, theme: ChartTheme,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    empty, words = _render(no_checkins, kind, language, theme, TrendRange.MONTH, caplog)
    assert empty
    assert words in (text("no_checkins", language), text("no_sleep", language))


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("kind", KINDS)
def test_one_checkin_draws(
    one_checkin: TrendInput, kind: str, language: str, theme: ChartTheme,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    empty, _words = _render(one_checkin, kind, language, theme, TrendRange.WEEK, caplog)
    # One day can draw everything but a comparison of days with and without a tool.
    assert empty == (kind == "helps")


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("kind", KINDS)
def test_ten_years_draw_in_every_range(
    ten_years: TrendInput, kind: str, language: str, theme: ChartTheme,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    wanted = TrendRange.ALL if theme is LIGHT else TrendRange.YEAR
    empty, words = _render(ten_years, kind, language, theme, wanted, caplog)
    assert not empty
    assert day_text(ten_years.today, language) in words


@pytest.mark.parametrize("wanted", [TrendRange.WEEK, TrendRange.MONTH, TrendRange.THREE_MONTHS])
def test_short_ranges_of_ten_years_draw(
    ten_years: TrendInput, wanted: TrendRange, caplog: pytest.LogCaptureFixture
) -> None:
    for kind in KINDS:
        _render(ten_years, kind, "ja", LIGHT, wanted, caplog)


def test_an_unknown_kind_is_a_key_error(no_checkins: TrendInput) -> None:
    start, end = range_bounds(TrendRange.WEEK, no_checkins.today, None)
    with pytest.raises(KeyError):
        draw("pie", no_checkins, ChartOptions(start, end))
