"""The monthly report's HTML: charts embedded as PNG, the summaries in words, the plan used,
the boundary review; the person's text escaped; an empty month is short and kind."""

from __future__ import annotations

import base64
import re
from datetime import date, timedelta

from companion.charts.report import report_html
from companion.plan.examples import example_plan
from companion.stats.boundaries import ContactPoint, ReviewPoint, TalkPoint
from companion.stats.readings import Reading
from companion.stats.report import ReportSource, TagPoint
from companion.stats.trend_input import TrendInput

TODAY = date(2026, 12, 3)
MADE = date(2026, 12, 3)


def _source(month: str = "2026-11") -> ReportSource:
    days = [date(2026, 11, 1) + timedelta(days=n) for n in range(30)]
    readings = tuple(Reading(day, 9, (n % 5) / 4, (n % 3) / 2) for n, day in enumerate(days))
    contacts = tuple(
        ContactPoint(day, "<i>clinic</i>", 30, 1 + n % 5, n % 2 == 0)
        for n, day in enumerate(days[::3])
    )
    tags = (TagPoint(days[2], "tool", "<script>walk</script>"),)
    data = TrendInput(
        readings,
        TODAY,
        contacts=contacts,
        talks=(TalkPoint(date(2026, 11, 12), "fellow-supporter"),),
        reviews=(ReviewPoint(date(2026, 11, 9), True, "partly", 3),),
    )
    return ReportSource(data, example_plan("en"), month, tags)


def test_a_month_with_data() -> None:
    html = report_html(_source(), "en", MADE)
    assert "<h1>Monthly report: November 2026</h1>" in html
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(images) >= 2
    assert all(base64.b64decode(image).startswith(b"\x89PNG") for image in images)
    assert "30 days with a check-in" in html
    assert "&lt;script&gt;walk&lt;/script&gt; (1 day)" in html and "<script>" not in html
    assert "Supervision and consultation talks: 12 Nov 2026 (with a fellow supporter)." in html
    assert "Week of 9 Nov 2026, rest taken, heavy contacts partly talked through" in html
    assert "Made with Companion on 3 Dec 2026" in html


def test_in_japanese() -> None:
    html = report_html(_source(), "ja", MADE)
    assert "<h1>月次レポート：2026年11月</h1>" in html
    assert "スーパービジョン・相談：2026年11月12日（仲間のサポーター）。" in html
    assert "2026年11月9日からの週、休息をとれた、重いコンタクトを一部話せた" in html


def test_an_empty_month_is_short_and_kind() -> None:
    for language, words in (("en", "Nothing was logged this month"), ("ja", "記録はありません")):
        html = report_html(_source("2025-01"), language, MADE)
        assert words in html and "data:image" not in html
