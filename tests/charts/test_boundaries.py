"""The boundaries chart with no contacts, one and many, in both languages and both themes:
an image of the expected size that is not blank, and the same information in words."""

from __future__ import annotations

import io
from datetime import date, timedelta

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.patches import Rectangle

from companion.charts.boundaries import ROLE_COLOURS, ROLE_HATCHES
from companion.charts.kinds import ChartOptions, chart_kinds, draw
from companion.charts.style import DARK, LIGHT
from companion.stats.boundaries import ContactPoint, ReviewPoint, TalkPoint, monday_of
from companion.stats.readings import Reading
from companion.stats.trend_input import TrendInput

TODAY = date(2026, 11, 29)
START = TODAY - timedelta(days=90)
ROLES = ("clinic", "グループ 🌱", "phone", None)


def many_contacts() -> TrendInput:
    readings, contacts = [], []
    for offset in range(400):
        day = TODAY - timedelta(days=offset)
        readings.append(Reading(day, 20, (offset % 7) / 6, ((offset * 3) % 7) / 6))
        for number in range(offset % 3):
            contacts.append(
                ContactPoint(
                    day,
                    ROLES[(offset + number) % len(ROLES)],
                    15 + offset % 60,
                    1 + (offset + number) % 5,
                    (None, True, False)[offset % 3],
                )
            )
    talks = tuple(TalkPoint(TODAY - timedelta(days=d), "supervisor") for d in (12, 40, 300))
    reviews = tuple(
        ReviewPoint(monday_of(TODAY - timedelta(days=d)), rested=d % 2 == 0, talked_through="yes")
        for d in (7, 21, 70)
    )
    return TrendInput(
        tuple(sorted(readings, key=lambda r: r.day)),
        TODAY,
        contacts=tuple(sorted(contacts, key=lambda c: c.day)),
        talks=talks,
        reviews=reviews,
    )


def rendered(data: TrendInput, options: ChartOptions) -> tuple[np.ndarray, str, bool]:
    chart = draw("boundaries", data, options)
    canvas = FigureCanvasAgg(chart.figure)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    return pixels, chart.summary, chart.empty


def test_boundaries_is_a_kind() -> None:
    assert chart_kinds()["boundaries"].title_key == "boundaries_title"


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_no_contacts_is_a_friendly_empty_state(language: str, theme) -> None:
    options = ChartOptions(START, TODAY, language, theme, width=6, height=4, dpi=50)
    pixels, words, empty = rendered(TrendInput((), TODAY), options)
    assert empty
    assert pixels.shape == (200, 300, 4)
    assert len(np.unique(pixels.reshape(-1, 4), axis=0)) > 2  # the message is drawn
    assert ("No contacts" in words) if language == "en" else ("コンタクトはありません" in words)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_one_contact(language: str) -> None:
    data = TrendInput((), TODAY, contacts=(ContactPoint(TODAY, None, 30, 2, True),))
    options = ChartOptions(START, TODAY, language, dpi=50)
    pixels, words, empty = rendered(data, options)
    assert not empty and pixels.shape == (225, 400, 4)
    if language == "en":
        assert "1 contact over 13 weeks (0.5 hours in all)" in words
        assert "1 of 1 were outside your activity hours (100%)" in words
    else:
        assert "13週間で1件のコンタクト（合計0.5時間）" in words
        assert "活動時間の外でした" in words


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("days", [7, 90, 400])
def test_many_contacts(language: str, days: int) -> None:
    options = ChartOptions(TODAY - timedelta(days=days - 1), TODAY, language, DARK, dpi=60)
    pixels, words, empty = rendered(many_contacts(), options)
    assert not empty
    assert pixels.shape == (270, 480, 4)
    assert len(np.unique(pixels.reshape(-1, 4), axis=0)) > 50
    assert "score" not in words.lower() and "streak" not in words.lower()
    if days == 400 and language == "en":
        assert "By role: " in words and "No role" in words
        assert "A pattern to notice, not a proof." in words
        assert "Supervision or consultation talks: 3." in words
        assert "Weeks you looked back on: 3 (rest taken in 1)." in words


def test_roles_have_a_second_cue_and_no_red() -> None:
    assert len(set(ROLE_HATCHES)) == len(ROLE_HATCHES) == len(ROLE_COLOURS)
    chart = draw("boundaries", many_contacts(), ChartOptions(START, TODAY))
    bars = [
        patch
        for axes in chart.figure.axes
        for patch in axes.patches
        if isinstance(patch, Rectangle) and patch.get_height() > 0
    ]
    assert {patch.get_hatch() for patch in bars} >= set(ROLE_HATCHES[1:4])
    for patch in bars:
        red, green, blue = to_rgb(patch.get_facecolor())
        assert not (red > 0.7 and green < 0.4 and blue < 0.4)


def test_the_chart_exports_to_svg() -> None:
    chart = draw("boundaries", many_contacts(), ChartOptions(START, TODAY, "ja"))
    out = io.BytesIO()
    chart.figure.savefig(out, format="svg")
    assert out.getvalue().lstrip().startswith(b"<?xml")
